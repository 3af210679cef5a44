export type { Kernel, KernelRope } from "./kernel.js";
export { ZOO, DEFAULT_ZOO_ROPE, parseZooName, zooPipeline, zooKernel, zooNames } from "./zoo.js";
export type { ZooEntry } from "./zoo.js";
export { readSafetensors, writeSafetensors, tensorValues, tensorFrom, SafetensorsError, DTYPE_BYTES, MAX_HEADER_BYTES } from "./fixture/safetensors.js";
export type { SafetensorsDtype, SafetensorsFile, TensorView, TensorInput } from "./fixture/safetensors.js";
export { loadModuleKernel } from "./module-kernel.js";
export { startProcessKernel, splitCommand, PROTOCOL_VERSION } from "./process-kernel.js";
export type { ProcessKernel } from "./process-kernel.js";
