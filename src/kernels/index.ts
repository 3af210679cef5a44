export type { Kernel, KernelRope } from "./kernel.js";
export { ZOO, DEFAULT_ZOO_ROPE, parseZooName, zooPipeline, zooKernel, zooNames } from "./zoo.js";
export type { ZooEntry } from "./zoo.js";
