(module
  (type (;0;) (func (param i32 i32 i32 i32 i32 i32) (result i32)))
  (type (;1;) (func (param i32 i32 i32 i32 i32 i32 i32 i32) (result i32)))
  (type (;2;) (func (param i32 i32 i32)))
  (type (;3;) (func (param i32 i32 i32 i32 f32 i32) (result i32)))
  (type (;4;) (func (param i32 i32 i32 i32 i32 i32 i32 i32 i32) (result i32)))
  (type (;5;) (func (param i32 i32 i32 i32 i32 i32 i32 i32 i32) (result i32)))
  (type (;6;) (func (param i32 i32 i32 i32 i32 i32 i32 i32 i32) (result i32)))
  (type (;7;) (func (param i32 i32 i32 i32 i32 i32 i32 i32 i32) (result i32)))
  (type (;8;) (func (param i32 i32 i32 i32 i32 i32 i32 i32 i32) (result i32)))
  (type (;9;) (func (param i32 i32 i32 i32 i32 i32 i32 i32 i32) (result i32)))
  (type (;10;) (func (param i32 i32 i32 i32 f32 i32) (result i32)))
  (type (;11;) (func (param i32 i32 i32 i32 i32 i32 i32 i32 i32) (result i32)))
  (type (;12;) (func (param i32 i32 i32 i32 i32 i32 i32 i32 i32) (result i32)))
  (type (;13;) (func (param i32 i32 i32 i32 i32 i32 i32 i32 i32) (result i32)))
  (type (;14;) (func (param i32 i32 i32 i32 i32 i32 i32 i32 i32) (result i32)))
  (type (;15;) (func (param i32 i32 i32 i32 f32 i32 i32) (result i32)))
  (type (;16;) (func (param i32 i32 i32 i32 i32 i32 i32 i32 i32 i32) (result i32)))
  (type (;17;) (func (param i32 i32 i32 i32 i32 i32 i32 i32 i32 i32) (result i32)))
  (type (;18;) (func (param i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32) (result i32)))
  (type (;19;) (func (param i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32) (result i32)))
  (type (;20;) (func (param i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32) (result i32)))
  (type (;21;) (func (param i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32) (result i32)))
  (type (;22;) (func (param i32 i32 i32)))
  (type (;23;) (func (param i32 i32 i32)))
  (type (;24;) (func (param i32 i32 i32 i32 i32 i32 i32) (result i32)))
  (type (;25;) (func (param i32 i32 i32 i32 i32) (result i32)))
  (type (;26;) (func (param i32 i32 i32)))
  (type (;27;) (func (param i32 i32 i32 i32 i32 i32 i32 i32) (result i32)))
  (type (;28;) (func (param i32 i32 i32 i32 i32) (result i32)))
  (type (;29;) (func (param i32 i32 i32)))
  (type (;30;) (func (param i32 i32 i32 i32 i32 i32) (result i32)))
  (type (;31;) (func (param i32 i32 i32 i32)))
  (type (;32;) (func (param i32 i32 i32 i32 i32 i32 i32 i32 i32 i32) (result i32)))
  (func (;0;) (type 0) (param i32 i32 i32 i32 i32 i32) (result i32)
    (local i32 i32 i32 i32 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128)
    i32.const 0
    local.set 9
    i32.const 0
    local.set 6
    block  ;; label = @1
      local.get 6
      local.get 1
      i32.ge_u
      br_if 0 (;@1;)
      loop  ;; label = @2
        local.get 1
        local.get 6
        i32.sub
        local.set 7
        local.get 7
        i32.const 257
        i32.ge_u
        if  ;; label = @3
          i32.const 256
          local.set 7
        end
        i32.const 0
        local.set 8
        block  ;; label = @3
          local.get 8
          local.get 7
          i32.ge_u
          br_if 0 (;@3;)
          loop  ;; label = @4
            local.get 0
            local.get 6
            local.get 8
            i32.add
            i32.const 3
            i32.shl
            i32.add
            v128.load align=1
            local.set 10
            i32.const 0
            v128.load align=1
            i32.const 0
            v128.load offset=16 align=1
            local.get 10
            f64x2.abs
            i32.const 0
            v128.load offset=32 align=1
            f64x2.le
            v128.andnot
            f64x2.add
            local.set 11
            local.get 10
            i32.const 0
            v128.load offset=48 align=1
            f64x2.mul
            i32.const 0
            v128.load offset=64 align=1
            f64x2.add
            local.set 12
            local.get 12
            i32.const 0
            v128.load offset=64 align=1
            f64x2.sub
            local.set 13
            local.get 10
            local.get 13
            i32.const 0
            v128.load offset=80 align=1
            f64x2.mul
            f64x2.sub
            local.get 13
            i32.const 0
            v128.load offset=96 align=1
            f64x2.mul
            f64x2.sub
            local.get 13
            i32.const 0
            v128.load offset=112 align=1
            f64x2.mul
            f64x2.sub
            local.set 14
            local.get 5
            local.get 8
            i32.const 24
            i32.mul
            i32.add
            local.get 14
            v128.store align=1
            local.get 5
            local.get 8
            i32.const 24
            i32.mul
            i32.add
            local.get 12
            v128.store offset=16 align=1
            local.get 5
            local.get 8
            i32.const 24
            i32.mul
            i32.add
            local.get 11
            v128.store offset=32 align=1
            local.get 8
            i32.const 2
            i32.add
            local.set 8
            local.get 8
            local.get 7
            i32.ge_u
            i32.eqz
            br_if 0 (;@4;)
          end
        end
        i32.const 0
        local.set 8
        block  ;; label = @3
          local.get 8
          local.get 7
          i32.ge_u
          br_if 0 (;@3;)
          loop  ;; label = @4
            local.get 5
            local.get 8
            i32.const 24
            i32.mul
            i32.add
            v128.load align=1
            local.set 16
            local.get 5
            local.get 8
            i32.const 24
            i32.mul
            i32.add
            v128.load offset=16 align=1
            local.set 15
            local.get 5
            local.get 8
            i32.const 24
            i32.mul
            i32.add
            v128.load offset=32 align=1
            local.set 17
            local.get 5
            local.get 8
            i32.const 24
            i32.mul
            i32.add
            v128.load offset=48 align=1
            local.set 32
            local.get 5
            local.get 8
            i32.const 24
            i32.mul
            i32.add
            v128.load offset=64 align=1
            local.set 31
            local.get 5
            local.get 8
            i32.const 24
            i32.mul
            i32.add
            v128.load offset=80 align=1
            local.set 33
            local.get 16
            local.get 16
            f64x2.mul
            local.set 18
            local.get 18
            local.get 18
            f64x2.mul
            local.set 19
            local.get 16
            local.get 18
            local.get 16
            f64x2.mul
            i32.const 0
            v128.load offset=144 align=1
            local.get 18
            i32.const 0
            v128.load offset=160 align=1
            local.get 18
            i32.const 0
            v128.load offset=176 align=1
            f64x2.mul
            f64x2.add
            local.get 19
            i32.const 0
            v128.load offset=192 align=1
            local.get 18
            i32.const 0
            v128.load offset=208 align=1
            f64x2.mul
            f64x2.add
            local.get 19
            i32.const 0
            v128.load offset=224 align=1
            f64x2.mul
            f64x2.add
            f64x2.mul
            f64x2.add
            f64x2.mul
            f64x2.add
            f64x2.mul
            f64x2.add
            local.set 21
            i32.const 0
            v128.load offset=240 align=1
            local.get 18
            f64x2.mul
            local.set 20
            i32.const 0
            v128.load offset=256 align=1
            local.get 20
            f64x2.sub
            local.set 23
            local.get 23
            i32.const 0
            v128.load offset=256 align=1
            local.get 23
            f64x2.sub
            local.get 20
            f64x2.sub
            local.get 19
            i32.const 0
            v128.load offset=272 align=1
            local.get 18
            i32.const 0
            v128.load offset=288 align=1
            f64x2.mul
            f64x2.add
            local.get 19
            i32.const 0
            v128.load offset=304 align=1
            local.get 18
            i32.const 0
            v128.load offset=320 align=1
            f64x2.mul
            f64x2.add
            local.get 19
            i32.const 0
            v128.load offset=336 align=1
            local.get 18
            i32.const 0
            v128.load offset=352 align=1
            f64x2.mul
            f64x2.add
            f64x2.mul
            f64x2.add
            f64x2.mul
            f64x2.add
            f64x2.mul
            f64x2.add
            f64x2.add
            local.set 22
            local.get 15
            i32.const 0
            v128.load offset=368 align=1
            v128.and
            i32.const 0
            v128.load offset=368 align=1
            i64x2.eq
            local.set 24
            local.get 21
            local.get 22
            v128.xor
            local.get 24
            v128.and
            local.set 25
            local.get 15
            i32.const 62
            i64x2.shl
            i32.const 0
            v128.load offset=128 align=1
            v128.and
            local.set 26
            local.get 21
            local.get 25
            local.get 26
            v128.xor
            v128.xor
            local.set 27
            local.get 22
            local.get 25
            local.get 26
            local.get 24
            i32.const 0
            v128.load offset=128 align=1
            v128.and
            v128.xor
            v128.xor
            v128.xor
            local.set 28
            local.get 28
            local.get 17
            f64x2.sub
            f32x4.demote_f64x2_zero
            local.set 29
            local.get 27
            local.get 17
            f64x2.sub
            f32x4.demote_f64x2_zero
            local.set 30
            local.get 32
            local.get 32
            f64x2.mul
            local.set 34
            local.get 34
            local.get 34
            f64x2.mul
            local.set 35
            local.get 32
            local.get 34
            local.get 32
            f64x2.mul
            i32.const 0
            v128.load offset=144 align=1
            local.get 34
            i32.const 0
            v128.load offset=160 align=1
            local.get 34
            i32.const 0
            v128.load offset=176 align=1
            f64x2.mul
            f64x2.add
            local.get 35
            i32.const 0
            v128.load offset=192 align=1
            local.get 34
            i32.const 0
            v128.load offset=208 align=1
            f64x2.mul
            f64x2.add
            local.get 35
            i32.const 0
            v128.load offset=224 align=1
            f64x2.mul
            f64x2.add
            f64x2.mul
            f64x2.add
            f64x2.mul
            f64x2.add
            f64x2.mul
            f64x2.add
            local.set 37
            i32.const 0
            v128.load offset=240 align=1
            local.get 34
            f64x2.mul
            local.set 36
            i32.const 0
            v128.load offset=256 align=1
            local.get 36
            f64x2.sub
            local.set 39
            local.get 39
            i32.const 0
            v128.load offset=256 align=1
            local.get 39
            f64x2.sub
            local.get 36
            f64x2.sub
            local.get 35
            i32.const 0
            v128.load offset=272 align=1
            local.get 34
            i32.const 0
            v128.load offset=288 align=1
            f64x2.mul
            f64x2.add
            local.get 35
            i32.const 0
            v128.load offset=304 align=1
            local.get 34
            i32.const 0
            v128.load offset=320 align=1
            f64x2.mul
            f64x2.add
            local.get 35
            i32.const 0
            v128.load offset=336 align=1
            local.get 34
            i32.const 0
            v128.load offset=352 align=1
            f64x2.mul
            f64x2.add
            f64x2.mul
            f64x2.add
            f64x2.mul
            f64x2.add
            f64x2.mul
            f64x2.add
            f64x2.add
            local.set 38
            local.get 31
            i32.const 0
            v128.load offset=368 align=1
            v128.and
            i32.const 0
            v128.load offset=368 align=1
            i64x2.eq
            local.set 40
            local.get 37
            local.get 38
            v128.xor
            local.get 40
            v128.and
            local.set 41
            local.get 31
            i32.const 62
            i64x2.shl
            i32.const 0
            v128.load offset=128 align=1
            v128.and
            local.set 42
            local.get 37
            local.get 41
            local.get 42
            v128.xor
            v128.xor
            local.set 43
            local.get 38
            local.get 41
            local.get 42
            local.get 40
            i32.const 0
            v128.load offset=128 align=1
            v128.and
            v128.xor
            v128.xor
            v128.xor
            local.set 44
            local.get 44
            local.get 33
            f64x2.sub
            f32x4.demote_f64x2_zero
            local.set 45
            local.get 43
            local.get 33
            f64x2.sub
            f32x4.demote_f64x2_zero
            local.set 46
            local.get 2
            local.get 6
            local.get 8
            i32.add
            i32.const 2
            i32.shl
            i32.add
            local.get 29
            local.get 45
            i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
            v128.store align=1
            local.get 3
            local.get 6
            local.get 8
            i32.add
            i32.const 2
            i32.shl
            i32.add
            local.get 30
            local.get 46
            i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
            v128.store align=1
            local.get 29
            local.get 28
            local.get 17
            f64x2.add
            f32x4.demote_f64x2_zero
            f32x4.eq
            local.get 30
            local.get 27
            local.get 17
            f64x2.add
            f32x4.demote_f64x2_zero
            f32x4.eq
            v128.and
            i32x4.all_true
            local.get 45
            local.get 44
            local.get 33
            f64x2.add
            f32x4.demote_f64x2_zero
            f32x4.eq
            local.get 46
            local.get 43
            local.get 33
            f64x2.add
            f32x4.demote_f64x2_zero
            f32x4.eq
            v128.and
            i32x4.all_true
            i32.and
            i32.eqz
            if  ;; label = @5
              local.get 4
              local.get 9
              i32.const 2
              i32.shl
              i32.add
              local.get 6
              local.get 8
              i32.add
              i32.store
              local.get 9
              i32.const 1
              i32.add
              local.set 9
            end
            local.get 8
            i32.const 4
            i32.add
            local.set 8
            local.get 8
            local.get 7
            i32.ge_u
            i32.eqz
            br_if 0 (;@4;)
          end
        end
        local.get 6
        i32.const 256
        i32.add
        local.set 6
        local.get 6
        local.get 1
        i32.ge_u
        i32.eqz
        br_if 0 (;@2;)
      end
    end
    local.get 9)
  (func (;1;) (type 1) (param i32 i32 i32 i32 i32 i32 i32 i32) (result i32)
    (local i32 i32 i32 i32 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128)
    i32.const 0
    local.set 11
    i32.const 0
    local.set 10
    i32.const 0
    local.set 8
    block  ;; label = @1
      local.get 8
      local.get 3
      i32.ge_u
      br_if 0 (;@1;)
      loop  ;; label = @2
        local.get 2
        local.get 8
        i32.const 3
        i32.shl
        i32.add
        f64.load
        f64x2.splat
        local.set 12
        i32.const 0
        local.set 9
        block  ;; label = @3
          local.get 9
          local.get 1
          i32.ge_u
          br_if 0 (;@3;)
          loop  ;; label = @4
            local.get 12
            local.get 0
            local.get 9
            i32.const 3
            i32.shl
            i32.add
            v128.load align=1
            f64x2.mul
            f32x4.demote_f64x2_zero
            f64x2.promote_low_f32x4
            local.set 13
            i32.const 0
            v128.load align=1
            i32.const 0
            v128.load offset=16 align=1
            local.get 13
            f64x2.abs
            i32.const 0
            v128.load offset=32 align=1
            f64x2.le
            v128.andnot
            f64x2.add
            local.set 14
            local.get 13
            i32.const 0
            v128.load offset=48 align=1
            f64x2.mul
            i32.const 0
            v128.load offset=64 align=1
            f64x2.add
            local.set 15
            local.get 15
            i32.const 0
            v128.load offset=64 align=1
            f64x2.sub
            local.set 16
            local.get 13
            local.get 16
            i32.const 0
            v128.load offset=80 align=1
            f64x2.mul
            f64x2.sub
            local.get 16
            i32.const 0
            v128.load offset=96 align=1
            f64x2.mul
            f64x2.sub
            local.get 16
            i32.const 0
            v128.load offset=112 align=1
            f64x2.mul
            f64x2.sub
            local.set 17
            local.get 7
            local.get 9
            i32.const 24
            i32.mul
            i32.add
            local.get 17
            v128.store align=1
            local.get 7
            local.get 9
            i32.const 24
            i32.mul
            i32.add
            local.get 15
            v128.store offset=16 align=1
            local.get 7
            local.get 9
            i32.const 24
            i32.mul
            i32.add
            local.get 14
            v128.store offset=32 align=1
            local.get 9
            i32.const 2
            i32.add
            local.set 9
            local.get 9
            local.get 1
            i32.ge_u
            i32.eqz
            br_if 0 (;@4;)
          end
        end
        i32.const 0
        local.set 9
        block  ;; label = @3
          local.get 9
          local.get 1
          i32.ge_u
          br_if 0 (;@3;)
          loop  ;; label = @4
            local.get 7
            local.get 9
            i32.const 24
            i32.mul
            i32.add
            v128.load align=1
            local.set 19
            local.get 7
            local.get 9
            i32.const 24
            i32.mul
            i32.add
            v128.load offset=16 align=1
            local.set 18
            local.get 7
            local.get 9
            i32.const 24
            i32.mul
            i32.add
            v128.load offset=32 align=1
            local.set 20
            local.get 7
            local.get 9
            i32.const 24
            i32.mul
            i32.add
            v128.load offset=48 align=1
            local.set 35
            local.get 7
            local.get 9
            i32.const 24
            i32.mul
            i32.add
            v128.load offset=64 align=1
            local.set 34
            local.get 7
            local.get 9
            i32.const 24
            i32.mul
            i32.add
            v128.load offset=80 align=1
            local.set 36
            local.get 19
            local.get 19
            f64x2.mul
            local.set 21
            local.get 21
            local.get 21
            f64x2.mul
            local.set 22
            local.get 19
            local.get 21
            local.get 19
            f64x2.mul
            i32.const 0
            v128.load offset=144 align=1
            local.get 21
            i32.const 0
            v128.load offset=160 align=1
            local.get 21
            i32.const 0
            v128.load offset=176 align=1
            f64x2.mul
            f64x2.add
            local.get 22
            i32.const 0
            v128.load offset=192 align=1
            local.get 21
            i32.const 0
            v128.load offset=208 align=1
            f64x2.mul
            f64x2.add
            local.get 22
            i32.const 0
            v128.load offset=224 align=1
            f64x2.mul
            f64x2.add
            f64x2.mul
            f64x2.add
            f64x2.mul
            f64x2.add
            f64x2.mul
            f64x2.add
            local.set 24
            i32.const 0
            v128.load offset=240 align=1
            local.get 21
            f64x2.mul
            local.set 23
            i32.const 0
            v128.load offset=256 align=1
            local.get 23
            f64x2.sub
            local.set 26
            local.get 26
            i32.const 0
            v128.load offset=256 align=1
            local.get 26
            f64x2.sub
            local.get 23
            f64x2.sub
            local.get 22
            i32.const 0
            v128.load offset=272 align=1
            local.get 21
            i32.const 0
            v128.load offset=288 align=1
            f64x2.mul
            f64x2.add
            local.get 22
            i32.const 0
            v128.load offset=304 align=1
            local.get 21
            i32.const 0
            v128.load offset=320 align=1
            f64x2.mul
            f64x2.add
            local.get 22
            i32.const 0
            v128.load offset=336 align=1
            local.get 21
            i32.const 0
            v128.load offset=352 align=1
            f64x2.mul
            f64x2.add
            f64x2.mul
            f64x2.add
            f64x2.mul
            f64x2.add
            f64x2.mul
            f64x2.add
            f64x2.add
            local.set 25
            local.get 18
            i32.const 0
            v128.load offset=368 align=1
            v128.and
            i32.const 0
            v128.load offset=368 align=1
            i64x2.eq
            local.set 27
            local.get 24
            local.get 25
            v128.xor
            local.get 27
            v128.and
            local.set 28
            local.get 18
            i32.const 62
            i64x2.shl
            i32.const 0
            v128.load offset=128 align=1
            v128.and
            local.set 29
            local.get 24
            local.get 28
            local.get 29
            v128.xor
            v128.xor
            local.set 30
            local.get 25
            local.get 28
            local.get 29
            local.get 27
            i32.const 0
            v128.load offset=128 align=1
            v128.and
            v128.xor
            v128.xor
            v128.xor
            local.set 31
            local.get 31
            local.get 20
            f64x2.sub
            f32x4.demote_f64x2_zero
            local.set 32
            local.get 30
            local.get 20
            f64x2.sub
            f32x4.demote_f64x2_zero
            local.set 33
            local.get 35
            local.get 35
            f64x2.mul
            local.set 37
            local.get 37
            local.get 37
            f64x2.mul
            local.set 38
            local.get 35
            local.get 37
            local.get 35
            f64x2.mul
            i32.const 0
            v128.load offset=144 align=1
            local.get 37
            i32.const 0
            v128.load offset=160 align=1
            local.get 37
            i32.const 0
            v128.load offset=176 align=1
            f64x2.mul
            f64x2.add
            local.get 38
            i32.const 0
            v128.load offset=192 align=1
            local.get 37
            i32.const 0
            v128.load offset=208 align=1
            f64x2.mul
            f64x2.add
            local.get 38
            i32.const 0
            v128.load offset=224 align=1
            f64x2.mul
            f64x2.add
            f64x2.mul
            f64x2.add
            f64x2.mul
            f64x2.add
            f64x2.mul
            f64x2.add
            local.set 40
            i32.const 0
            v128.load offset=240 align=1
            local.get 37
            f64x2.mul
            local.set 39
            i32.const 0
            v128.load offset=256 align=1
            local.get 39
            f64x2.sub
            local.set 42
            local.get 42
            i32.const 0
            v128.load offset=256 align=1
            local.get 42
            f64x2.sub
            local.get 39
            f64x2.sub
            local.get 38
            i32.const 0
            v128.load offset=272 align=1
            local.get 37
            i32.const 0
            v128.load offset=288 align=1
            f64x2.mul
            f64x2.add
            local.get 38
            i32.const 0
            v128.load offset=304 align=1
            local.get 37
            i32.const 0
            v128.load offset=320 align=1
            f64x2.mul
            f64x2.add
            local.get 38
            i32.const 0
            v128.load offset=336 align=1
            local.get 37
            i32.const 0
            v128.load offset=352 align=1
            f64x2.mul
            f64x2.add
            f64x2.mul
            f64x2.add
            f64x2.mul
            f64x2.add
            f64x2.mul
            f64x2.add
            f64x2.add
            local.set 41
            local.get 34
            i32.const 0
            v128.load offset=368 align=1
            v128.and
            i32.const 0
            v128.load offset=368 align=1
            i64x2.eq
            local.set 43
            local.get 40
            local.get 41
            v128.xor
            local.get 43
            v128.and
            local.set 44
            local.get 34
            i32.const 62
            i64x2.shl
            i32.const 0
            v128.load offset=128 align=1
            v128.and
            local.set 45
            local.get 40
            local.get 44
            local.get 45
            v128.xor
            v128.xor
            local.set 46
            local.get 41
            local.get 44
            local.get 45
            local.get 43
            i32.const 0
            v128.load offset=128 align=1
            v128.and
            v128.xor
            v128.xor
            v128.xor
            local.set 47
            local.get 47
            local.get 36
            f64x2.sub
            f32x4.demote_f64x2_zero
            local.set 48
            local.get 46
            local.get 36
            f64x2.sub
            f32x4.demote_f64x2_zero
            local.set 49
            local.get 4
            local.get 10
            local.get 9
            i32.add
            i32.const 2
            i32.shl
            i32.add
            local.get 32
            local.get 48
            i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
            v128.store align=1
            local.get 5
            local.get 10
            local.get 9
            i32.add
            i32.const 2
            i32.shl
            i32.add
            local.get 33
            local.get 49
            i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
            v128.store align=1
            local.get 32
            local.get 31
            local.get 20
            f64x2.add
            f32x4.demote_f64x2_zero
            f32x4.eq
            local.get 33
            local.get 30
            local.get 20
            f64x2.add
            f32x4.demote_f64x2_zero
            f32x4.eq
            v128.and
            i32x4.all_true
            local.get 48
            local.get 47
            local.get 36
            f64x2.add
            f32x4.demote_f64x2_zero
            f32x4.eq
            local.get 49
            local.get 46
            local.get 36
            f64x2.add
            f32x4.demote_f64x2_zero
            f32x4.eq
            v128.and
            i32x4.all_true
            i32.and
            i32.eqz
            if  ;; label = @5
              local.get 6
              local.get 11
              i32.const 2
              i32.shl
              i32.add
              local.get 10
              local.get 9
              i32.add
              i32.store
              local.get 11
              i32.const 1
              i32.add
              local.set 11
            end
            local.get 9
            i32.const 4
            i32.add
            local.set 9
            local.get 9
            local.get 1
            i32.ge_u
            i32.eqz
            br_if 0 (;@4;)
          end
        end
        local.get 10
        local.get 1
        i32.add
        local.set 10
        local.get 8
        i32.const 1
        i32.add
        local.set 8
        local.get 8
        local.get 3
        i32.ge_u
        i32.eqz
        br_if 0 (;@2;)
      end
    end
    local.get 11)
  (func (;2;) (type 2) (param i32 i32 i32)
    (local i32 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128)
    i32.const 0
    local.set 3
    block  ;; label = @1
      local.get 3
      local.get 1
      i32.ge_u
      br_if 0 (;@1;)
      loop  ;; label = @2
        local.get 0
        local.get 3
        i32.const 3
        i32.shl
        i32.add
        v128.load align=1
        local.set 4
        i32.const 0
        v128.load align=1
        i32.const 0
        v128.load offset=16 align=1
        local.get 4
        f64x2.abs
        i32.const 0
        v128.load offset=32 align=1
        f64x2.le
        v128.andnot
        f64x2.add
        local.set 5
        local.get 4
        i32.const 0
        v128.load offset=48 align=1
        f64x2.mul
        i32.const 0
        v128.load offset=64 align=1
        f64x2.add
        local.set 6
        local.get 6
        i32.const 0
        v128.load offset=64 align=1
        f64x2.sub
        local.set 7
        local.get 4
        local.get 7
        i32.const 0
        v128.load offset=80 align=1
        f64x2.mul
        f64x2.sub
        local.get 7
        i32.const 0
        v128.load offset=96 align=1
        f64x2.mul
        f64x2.sub
        local.get 7
        i32.const 0
        v128.load offset=112 align=1
        f64x2.mul
        f64x2.sub
        local.set 8
        local.get 8
        local.set 10
        local.get 6
        local.set 9
        local.get 5
        local.set 11
        local.get 10
        local.get 10
        f64x2.mul
        local.set 12
        local.get 12
        local.get 12
        f64x2.mul
        local.set 13
        local.get 10
        local.get 12
        local.get 10
        f64x2.mul
        i32.const 0
        v128.load offset=144 align=1
        local.get 12
        i32.const 0
        v128.load offset=160 align=1
        local.get 12
        i32.const 0
        v128.load offset=176 align=1
        f64x2.mul
        f64x2.add
        local.get 13
        i32.const 0
        v128.load offset=192 align=1
        local.get 12
        i32.const 0
        v128.load offset=208 align=1
        f64x2.mul
        f64x2.add
        local.get 13
        i32.const 0
        v128.load offset=224 align=1
        f64x2.mul
        f64x2.add
        f64x2.mul
        f64x2.add
        f64x2.mul
        f64x2.add
        f64x2.mul
        f64x2.add
        local.set 15
        i32.const 0
        v128.load offset=240 align=1
        local.get 12
        f64x2.mul
        local.set 14
        i32.const 0
        v128.load offset=256 align=1
        local.get 14
        f64x2.sub
        local.set 17
        local.get 17
        i32.const 0
        v128.load offset=256 align=1
        local.get 17
        f64x2.sub
        local.get 14
        f64x2.sub
        local.get 13
        i32.const 0
        v128.load offset=272 align=1
        local.get 12
        i32.const 0
        v128.load offset=288 align=1
        f64x2.mul
        f64x2.add
        local.get 13
        i32.const 0
        v128.load offset=304 align=1
        local.get 12
        i32.const 0
        v128.load offset=320 align=1
        f64x2.mul
        f64x2.add
        local.get 13
        i32.const 0
        v128.load offset=336 align=1
        local.get 12
        i32.const 0
        v128.load offset=352 align=1
        f64x2.mul
        f64x2.add
        f64x2.mul
        f64x2.add
        f64x2.mul
        f64x2.add
        f64x2.mul
        f64x2.add
        f64x2.add
        local.set 16
        local.get 9
        i32.const 0
        v128.load offset=368 align=1
        v128.and
        i32.const 0
        v128.load offset=368 align=1
        i64x2.eq
        local.set 18
        local.get 15
        local.get 16
        v128.xor
        local.get 18
        v128.and
        local.set 19
        local.get 9
        i32.const 62
        i64x2.shl
        i32.const 0
        v128.load offset=128 align=1
        v128.and
        local.set 20
        local.get 15
        local.get 19
        local.get 20
        v128.xor
        v128.xor
        local.set 21
        local.get 16
        local.get 19
        local.get 20
        local.get 18
        i32.const 0
        v128.load offset=128 align=1
        v128.and
        v128.xor
        v128.xor
        v128.xor
        local.set 22
        local.get 22
        local.get 11
        f64x2.sub
        f32x4.demote_f64x2_zero
        local.set 23
        local.get 21
        local.get 11
        f64x2.sub
        f32x4.demote_f64x2_zero
        local.set 24
        local.get 2
        local.get 3
        i32.const 3
        i32.shl
        i32.add
        local.get 22
        v128.store align=1
        local.get 2
        local.get 1
        i32.const 3
        i32.shl
        i32.add
        local.get 3
        i32.const 3
        i32.shl
        i32.add
        local.get 21
        v128.store align=1
        local.get 3
        i32.const 2
        i32.add
        local.set 3
        local.get 3
        local.get 1
        i32.ge_u
        i32.eqz
        br_if 0 (;@2;)
      end
    end)
  (func (;3;) (type 3) (param i32 i32 i32 i32 f32 i32) (result i32)
    (local i32 i32 i32 i32 i32 v128 v128 v128 v128 v128 v128 v128)
    local.get 4
    f32x4.splat
    local.set 11
    i32.const 0
    v128.load offset=384 align=1
    local.set 17
    i32.const 0
    local.set 9
    i32.const 0
    local.set 6
    block  ;; label = @1
      local.get 6
      local.get 2
      i32.ge_u
      br_if 0 (;@1;)
      loop  ;; label = @2
        i32.const 0
        v128.load offset=400 align=1
        local.set 14
        i32.const 0
        v128.load offset=416 align=1
        local.set 15
        i32.const 0
        local.set 7
        block  ;; label = @3
          local.get 7
          local.get 3
          i32.ge_u
          br_if 0 (;@3;)
          loop  ;; label = @4
            local.get 0
            local.get 6
            local.get 3
            i32.mul
            i32.add
            local.get 7
            i32.add
            local.set 8
            local.get 8
            v128.load align=1
            local.get 11
            f32x4.mul
            local.set 12
            local.get 12
            i32.const 0
            v128.load offset=448 align=1
            i32x4.add
            local.get 12
            i32.const 16
            i32x4.shr_u
            i32.const 0
            v128.load offset=432 align=1
            v128.and
            i32x4.add
            i32.const 0
            v128.load offset=464 align=1
            v128.and
            local.set 12
            local.get 8
            local.get 12
            v128.store align=1
            local.get 12
            i32.const 1
            i32x4.shl
            local.set 13
            local.get 14
            local.get 13
            i32x4.max_u
            local.set 14
            local.get 15
            local.get 13
            i32.const 0
            v128.load offset=432 align=1
            i32x4.sub
            i32x4.min_u
            local.set 15
            local.get 8
            local.get 1
            i32.add
            v128.load align=1
            local.get 11
            f32x4.mul
            local.set 12
            local.get 12
            i32.const 0
            v128.load offset=448 align=1
            i32x4.add
            local.get 12
            i32.const 16
            i32x4.shr_u
            i32.const 0
            v128.load offset=432 align=1
            v128.and
            i32x4.add
            i32.const 0
            v128.load offset=464 align=1
            v128.and
            local.set 12
            local.get 8
            local.get 1
            i32.add
            local.get 12
            v128.store align=1
            local.get 12
            i32.const 1
            i32x4.shl
            local.set 13
            local.get 14
            local.get 13
            i32x4.max_u
            local.set 14
            local.get 15
            local.get 13
            i32.const 0
            v128.load offset=432 align=1
            i32x4.sub
            i32x4.min_u
            local.set 15
            local.get 7
            i32.const 16
            i32.add
            local.set 7
            local.get 7
            local.get 3
            i32.ge_u
            i32.eqz
            br_if 0 (;@4;)
          end
        end
        local.get 14
        i32.const 0
        v128.load offset=480 align=1
        i32x4.lt_u
        local.get 15
        i32.const 0
        v128.load offset=496 align=1
        i32x4.ge_u
        v128.and
        i32x4.all_true
        i32.eqz
        local.set 10
        local.get 5
        local.get 6
        i32.const 2
        i32.shl
        i32.add
        local.get 10
        i32.store
        local.get 9
        local.get 10
        i32.add
        local.set 9
        local.get 6
        i32.const 1
        i32.add
        local.set 6
        local.get 6
        local.get 2
        i32.ge_u
        i32.eqz
        br_if 0 (;@2;)
      end
    end
    local.get 9)
  (func (;4;) (type 4) (param i32 i32 i32 i32 i32 i32 i32 i32 i32) (result i32)
    (local i32 i32 i32 i32 i32 i32 i32 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128)
    i32.const 0
    v128.load offset=544 align=1
    local.set 31
    i32.const 0
    local.set 11
    local.get 1
    i32.const 3
    i32.shl
    local.set 15
    i32.const 0
    local.set 9
    block  ;; label = @1
      local.get 9
      local.get 0
      i32.ge_u
      br_if 0 (;@1;)
      loop  ;; label = @2
        local.get 4
        local.get 9
        local.get 15
        i32.mul
        i32.add
        local.set 12
        local.get 5
        local.get 9
        local.get 1
        i32.mul
        i32.const 2
        i32.shl
        i32.add
        local.set 13
        local.get 6
        local.get 9
        i32.const 2
        i32.shl
        i32.add
        i32.load
        local.set 14
        i32.const 0
        v128.load offset=400 align=1
        local.set 16
        i32.const 0
        v128.load offset=400 align=1
        local.set 17
        i32.const 0
        v128.load offset=416 align=1
        local.set 18
        i32.const 0
        local.set 10
        block  ;; label = @3
          local.get 10
          local.get 2
          i32.ge_u
          br_if 0 (;@3;)
          loop  ;; label = @4
            local.get 12
            local.get 10
            i32.const 3
            i32.shl
            i32.add
            v128.load align=1
            local.set 29
            local.get 12
            local.get 10
            i32.const 3
            i32.shl
            i32.add
            v128.load offset=16 align=1
            local.set 30
            local.get 16
            local.get 29
            local.get 30
            v128.or
            v128.or
            local.set 16
            local.get 29
            f32x4.demote_f64x2_zero
            local.get 30
            f32x4.demote_f64x2_zero
            i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
            local.set 19
            local.get 12
            local.get 10
            local.get 2
            i32.add
            i32.const 3
            i32.shl
            i32.add
            v128.load align=1
            local.set 29
            local.get 12
            local.get 10
            local.get 2
            i32.add
            i32.const 3
            i32.shl
            i32.add
            v128.load offset=16 align=1
            local.set 30
            local.get 16
            local.get 29
            local.get 30
            v128.or
            v128.or
            local.set 16
            local.get 29
            f32x4.demote_f64x2_zero
            local.get 30
            f32x4.demote_f64x2_zero
            i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
            local.set 20
            local.get 19
            i32.const 1
            i32x4.shl
            local.set 23
            local.get 20
            i32.const 1
            i32x4.shl
            local.set 24
            local.get 17
            local.get 23
            local.get 24
            i32x4.max_u
            i32x4.max_u
            local.set 17
            local.get 18
            local.get 23
            i32.const 0
            v128.load offset=432 align=1
            i32x4.sub
            local.get 24
            i32.const 0
            v128.load offset=432 align=1
            i32x4.sub
            i32x4.min_u
            i32x4.min_u
            local.set 18
            local.get 14
            local.get 10
            i32.const 2
            i32.shl
            i32.add
            v128.load align=1
            local.set 21
            local.get 14
            local.get 7
            i32.add
            local.get 10
            i32.const 2
            i32.shl
            i32.add
            v128.load align=1
            local.set 22
            local.get 19
            local.get 21
            f32x4.mul
            local.set 25
            local.get 25
            local.get 31
            f32x4.mul
            local.tee 26
            local.get 26
            local.get 25
            f32x4.sub
            f32x4.sub
            local.get 20
            local.get 22
            f32x4.mul
            local.set 25
            local.get 25
            local.get 31
            f32x4.mul
            local.tee 26
            local.get 26
            local.get 25
            f32x4.sub
            f32x4.sub
            f32x4.sub
            local.set 25
            local.get 25
            local.get 31
            f32x4.mul
            local.tee 26
            local.get 26
            local.get 25
            f32x4.sub
            f32x4.sub
            local.set 27
            local.get 19
            local.get 22
            f32x4.mul
            local.set 25
            local.get 25
            local.get 31
            f32x4.mul
            local.tee 26
            local.get 26
            local.get 25
            f32x4.sub
            f32x4.sub
            local.get 20
            local.get 21
            f32x4.mul
            local.set 25
            local.get 25
            local.get 31
            f32x4.mul
            local.tee 26
            local.get 26
            local.get 25
            f32x4.sub
            f32x4.sub
            f32x4.add
            local.set 25
            local.get 25
            local.get 31
            f32x4.mul
            local.tee 26
            local.get 26
            local.get 25
            f32x4.sub
            f32x4.sub
            local.set 28
            local.get 13
            local.get 10
            i32.const 2
            i32.shl
            i32.add
            local.get 27
            v128.store align=1
            local.get 13
            local.get 10
            local.get 2
            i32.add
            i32.const 2
            i32.shl
            i32.add
            local.get 28
            v128.store align=1
            local.get 10
            i32.const 4
            i32.add
            local.set 10
            local.get 10
            local.get 2
            i32.ge_u
            i32.eqz
            br_if 0 (;@4;)
          end
        end
        local.get 3
        local.set 10
        block  ;; label = @3
          local.get 10
          local.get 1
          i32.ge_u
          br_if 0 (;@3;)
          loop  ;; label = @4
            local.get 12
            local.get 10
            i32.const 3
            i32.shl
            i32.add
            v128.load align=1
            local.set 29
            local.get 16
            local.get 29
            v128.or
            local.set 16
            local.get 29
            f32x4.demote_f64x2_zero
            local.set 30
            local.get 30
            i32.const 1
            i32x4.shl
            local.set 23
            local.get 30
            i32.const 1
            i32x4.shl
            local.set 24
            local.get 17
            local.get 23
            local.get 24
            i32x4.max_u
            i32x4.max_u
            local.set 17
            local.get 18
            local.get 23
            i32.const 0
            v128.load offset=432 align=1
            i32x4.sub
            local.get 24
            i32.const 0
            v128.load offset=432 align=1
            i32x4.sub
            i32x4.min_u
            i32x4.min_u
            local.set 18
            local.get 13
            local.get 10
            i32.const 2
            i32.shl
            i32.add
            local.get 30
            v128.store64_lane align=1 0
            local.get 10
            i32.const 2
            i32.add
            local.set 10
            local.get 10
            local.get 1
            i32.ge_u
            i32.eqz
            br_if 0 (;@4;)
          end
        end
        local.get 16
        i32.const 0
        v128.load offset=512 align=1
        v128.and
        v128.any_true
        local.get 17
        i32.const 0
        v128.load offset=528 align=1
        i32x4.lt_u
        local.get 18
        i32.const 0
        v128.load offset=496 align=1
        i32x4.ge_u
        v128.and
        i32x4.all_true
        i32.eqz
        i32.or
        if  ;; label = @3
          local.get 8
          local.get 11
          i32.const 2
          i32.shl
          i32.add
          local.get 9
          i32.store
          local.get 11
          i32.const 1
          i32.add
          local.set 11
        end
        local.get 9
        i32.const 1
        i32.add
        local.set 9
        local.get 9
        local.get 0
        i32.ge_u
        i32.eqz
        br_if 0 (;@2;)
      end
    end
    local.get 11)
  (func (;5;) (type 5) (param i32 i32 i32 i32 i32 i32 i32 i32 i32) (result i32)
    (local i32 i32 i32 i32 i32 i32 i32 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128)
    i32.const 0
    v128.load offset=544 align=1
    local.set 31
    i32.const 0
    local.set 11
    local.get 1
    i32.const 3
    i32.shl
    local.set 15
    i32.const 0
    local.set 9
    block  ;; label = @1
      local.get 9
      local.get 0
      i32.ge_u
      br_if 0 (;@1;)
      loop  ;; label = @2
        local.get 4
        local.get 9
        local.get 15
        i32.mul
        i32.add
        local.set 12
        local.get 5
        local.get 9
        local.get 1
        i32.mul
        i32.const 2
        i32.shl
        i32.add
        local.set 13
        local.get 6
        local.get 9
        i32.const 2
        i32.shl
        i32.add
        i32.load
        local.set 14
        i32.const 0
        v128.load offset=400 align=1
        local.set 16
        i32.const 0
        v128.load offset=400 align=1
        local.set 17
        i32.const 0
        v128.load offset=416 align=1
        local.set 18
        i32.const 0
        local.set 10
        block  ;; label = @3
          local.get 10
          local.get 2
          i32.ge_u
          br_if 0 (;@3;)
          loop  ;; label = @4
            local.get 12
            local.get 10
            i32.const 1
            i32.shl
            i32.const 3
            i32.shl
            i32.add
            v128.load align=1
            local.set 29
            local.get 12
            local.get 10
            i32.const 1
            i32.shl
            i32.const 3
            i32.shl
            i32.add
            v128.load offset=16 align=1
            local.set 30
            local.get 16
            local.get 29
            local.get 30
            v128.or
            v128.or
            local.set 16
            local.get 29
            f32x4.demote_f64x2_zero
            local.get 30
            f32x4.demote_f64x2_zero
            i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
            local.set 23
            local.get 12
            local.get 10
            i32.const 1
            i32.shl
            i32.const 3
            i32.shl
            i32.add
            v128.load offset=32 align=1
            local.set 29
            local.get 12
            local.get 10
            i32.const 1
            i32.shl
            i32.const 3
            i32.shl
            i32.add
            v128.load offset=48 align=1
            local.set 30
            local.get 16
            local.get 29
            local.get 30
            v128.or
            v128.or
            local.set 16
            local.get 29
            f32x4.demote_f64x2_zero
            local.get 30
            f32x4.demote_f64x2_zero
            i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
            local.set 24
            local.get 23
            local.get 24
            i8x16.shuffle 0 1 2 3 8 9 10 11 16 17 18 19 24 25 26 27
            local.set 19
            local.get 23
            local.get 24
            i8x16.shuffle 4 5 6 7 12 13 14 15 20 21 22 23 28 29 30 31
            local.set 20
            local.get 19
            i32.const 1
            i32x4.shl
            local.set 23
            local.get 20
            i32.const 1
            i32x4.shl
            local.set 24
            local.get 17
            local.get 23
            local.get 24
            i32x4.max_u
            i32x4.max_u
            local.set 17
            local.get 18
            local.get 23
            i32.const 0
            v128.load offset=432 align=1
            i32x4.sub
            local.get 24
            i32.const 0
            v128.load offset=432 align=1
            i32x4.sub
            i32x4.min_u
            i32x4.min_u
            local.set 18
            local.get 14
            local.get 10
            i32.const 2
            i32.shl
            i32.add
            v128.load align=1
            local.set 21
            local.get 14
            local.get 7
            i32.add
            local.get 10
            i32.const 2
            i32.shl
            i32.add
            v128.load align=1
            local.set 22
            local.get 19
            local.get 21
            f32x4.mul
            local.set 25
            local.get 25
            local.get 31
            f32x4.mul
            local.tee 26
            local.get 26
            local.get 25
            f32x4.sub
            f32x4.sub
            local.get 20
            local.get 22
            f32x4.mul
            local.set 25
            local.get 25
            local.get 31
            f32x4.mul
            local.tee 26
            local.get 26
            local.get 25
            f32x4.sub
            f32x4.sub
            f32x4.sub
            local.set 25
            local.get 25
            local.get 31
            f32x4.mul
            local.tee 26
            local.get 26
            local.get 25
            f32x4.sub
            f32x4.sub
            local.set 27
            local.get 19
            local.get 22
            f32x4.mul
            local.set 25
            local.get 25
            local.get 31
            f32x4.mul
            local.tee 26
            local.get 26
            local.get 25
            f32x4.sub
            f32x4.sub
            local.get 20
            local.get 21
            f32x4.mul
            local.set 25
            local.get 25
            local.get 31
            f32x4.mul
            local.tee 26
            local.get 26
            local.get 25
            f32x4.sub
            f32x4.sub
            f32x4.add
            local.set 25
            local.get 25
            local.get 31
            f32x4.mul
            local.tee 26
            local.get 26
            local.get 25
            f32x4.sub
            f32x4.sub
            local.set 28
            local.get 27
            local.get 28
            i8x16.shuffle 0 1 2 3 16 17 18 19 4 5 6 7 20 21 22 23
            local.set 29
            local.get 27
            local.get 28
            i8x16.shuffle 8 9 10 11 24 25 26 27 12 13 14 15 28 29 30 31
            local.set 30
            local.get 13
            local.get 10
            i32.const 1
            i32.shl
            i32.const 2
            i32.shl
            i32.add
            local.get 29
            v128.store align=1
            local.get 13
            local.get 10
            i32.const 1
            i32.shl
            i32.const 2
            i32.shl
            i32.add
            local.get 30
            v128.store offset=16 align=1
            local.get 10
            i32.const 4
            i32.add
            local.set 10
            local.get 10
            local.get 2
            i32.ge_u
            i32.eqz
            br_if 0 (;@4;)
          end
        end
        local.get 3
        local.set 10
        block  ;; label = @3
          local.get 10
          local.get 1
          i32.ge_u
          br_if 0 (;@3;)
          loop  ;; label = @4
            local.get 12
            local.get 10
            i32.const 3
            i32.shl
            i32.add
            v128.load align=1
            local.set 29
            local.get 16
            local.get 29
            v128.or
            local.set 16
            local.get 29
            f32x4.demote_f64x2_zero
            local.set 30
            local.get 30
            i32.const 1
            i32x4.shl
            local.set 23
            local.get 30
            i32.const 1
            i32x4.shl
            local.set 24
            local.get 17
            local.get 23
            local.get 24
            i32x4.max_u
            i32x4.max_u
            local.set 17
            local.get 18
            local.get 23
            i32.const 0
            v128.load offset=432 align=1
            i32x4.sub
            local.get 24
            i32.const 0
            v128.load offset=432 align=1
            i32x4.sub
            i32x4.min_u
            i32x4.min_u
            local.set 18
            local.get 13
            local.get 10
            i32.const 2
            i32.shl
            i32.add
            local.get 30
            v128.store64_lane align=1 0
            local.get 10
            i32.const 2
            i32.add
            local.set 10
            local.get 10
            local.get 1
            i32.ge_u
            i32.eqz
            br_if 0 (;@4;)
          end
        end
        local.get 16
        i32.const 0
        v128.load offset=512 align=1
        v128.and
        v128.any_true
        local.get 17
        i32.const 0
        v128.load offset=528 align=1
        i32x4.lt_u
        local.get 18
        i32.const 0
        v128.load offset=496 align=1
        i32x4.ge_u
        v128.and
        i32x4.all_true
        i32.eqz
        i32.or
        if  ;; label = @3
          local.get 8
          local.get 11
          i32.const 2
          i32.shl
          i32.add
          local.get 9
          i32.store
          local.get 11
          i32.const 1
          i32.add
          local.set 11
        end
        local.get 9
        i32.const 1
        i32.add
        local.set 9
        local.get 9
        local.get 0
        i32.ge_u
        i32.eqz
        br_if 0 (;@2;)
      end
    end
    local.get 11)
  (func (;6;) (type 6) (param i32 i32 i32 i32 i32 i32 i32 i32 i32) (result i32)
    (local i32 i32 i32 i32 i32 i32 i32 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128)
    i32.const 0
    v128.load offset=544 align=1
    local.set 31
    i32.const 0
    local.set 11
    local.get 1
    i32.const 3
    i32.shl
    local.set 15
    i32.const 0
    local.set 9
    block  ;; label = @1
      local.get 9
      local.get 0
      i32.ge_u
      br_if 0 (;@1;)
      loop  ;; label = @2
        local.get 4
        local.get 9
        local.get 15
        i32.mul
        i32.add
        local.set 12
        local.get 5
        local.get 9
        local.get 1
        i32.mul
        i32.const 3
        i32.shl
        i32.add
        local.set 13
        local.get 6
        local.get 9
        i32.const 2
        i32.shl
        i32.add
        i32.load
        local.set 14
        i32.const 0
        v128.load offset=400 align=1
        local.set 16
        i32.const 0
        v128.load offset=400 align=1
        local.set 17
        i32.const 0
        v128.load offset=416 align=1
        local.set 18
        i32.const 0
        local.set 10
        block  ;; label = @3
          local.get 10
          local.get 2
          i32.ge_u
          br_if 0 (;@3;)
          loop  ;; label = @4
            local.get 12
            local.get 10
            i32.const 3
            i32.shl
            i32.add
            v128.load align=1
            local.set 29
            local.get 12
            local.get 10
            i32.const 3
            i32.shl
            i32.add
            v128.load offset=16 align=1
            local.set 30
            local.get 16
            local.get 29
            local.get 30
            v128.or
            v128.or
            local.set 16
            local.get 29
            f32x4.demote_f64x2_zero
            local.get 30
            f32x4.demote_f64x2_zero
            i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
            local.set 19
            local.get 12
            local.get 10
            local.get 2
            i32.add
            i32.const 3
            i32.shl
            i32.add
            v128.load align=1
            local.set 29
            local.get 12
            local.get 10
            local.get 2
            i32.add
            i32.const 3
            i32.shl
            i32.add
            v128.load offset=16 align=1
            local.set 30
            local.get 16
            local.get 29
            local.get 30
            v128.or
            v128.or
            local.set 16
            local.get 29
            f32x4.demote_f64x2_zero
            local.get 30
            f32x4.demote_f64x2_zero
            i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
            local.set 20
            local.get 19
            i32.const 1
            i32x4.shl
            local.set 23
            local.get 20
            i32.const 1
            i32x4.shl
            local.set 24
            local.get 17
            local.get 23
            local.get 24
            i32x4.max_u
            i32x4.max_u
            local.set 17
            local.get 18
            local.get 23
            i32.const 0
            v128.load offset=432 align=1
            i32x4.sub
            local.get 24
            i32.const 0
            v128.load offset=432 align=1
            i32x4.sub
            i32x4.min_u
            i32x4.min_u
            local.set 18
            local.get 14
            local.get 10
            i32.const 2
            i32.shl
            i32.add
            v128.load align=1
            local.set 21
            local.get 14
            local.get 7
            i32.add
            local.get 10
            i32.const 2
            i32.shl
            i32.add
            v128.load align=1
            local.set 22
            local.get 19
            local.get 21
            f32x4.mul
            local.set 25
            local.get 25
            local.get 31
            f32x4.mul
            local.tee 26
            local.get 26
            local.get 25
            f32x4.sub
            f32x4.sub
            local.get 20
            local.get 22
            f32x4.mul
            local.set 25
            local.get 25
            local.get 31
            f32x4.mul
            local.tee 26
            local.get 26
            local.get 25
            f32x4.sub
            f32x4.sub
            f32x4.sub
            local.set 25
            local.get 25
            local.get 31
            f32x4.mul
            local.tee 26
            local.get 26
            local.get 25
            f32x4.sub
            f32x4.sub
            local.set 27
            local.get 19
            local.get 22
            f32x4.mul
            local.set 25
            local.get 25
            local.get 31
            f32x4.mul
            local.tee 26
            local.get 26
            local.get 25
            f32x4.sub
            f32x4.sub
            local.get 20
            local.get 21
            f32x4.mul
            local.set 25
            local.get 25
            local.get 31
            f32x4.mul
            local.tee 26
            local.get 26
            local.get 25
            f32x4.sub
            f32x4.sub
            f32x4.add
            local.set 25
            local.get 25
            local.get 31
            f32x4.mul
            local.tee 26
            local.get 26
            local.get 25
            f32x4.sub
            f32x4.sub
            local.set 28
            local.get 13
            local.get 10
            i32.const 3
            i32.shl
            i32.add
            local.get 27
            f64x2.promote_low_f32x4
            v128.store align=1
            local.get 13
            local.get 10
            i32.const 3
            i32.shl
            i32.add
            local.get 27
            local.get 27
            i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
            f64x2.promote_low_f32x4
            v128.store offset=16 align=1
            local.get 13
            local.get 10
            local.get 2
            i32.add
            i32.const 3
            i32.shl
            i32.add
            local.get 28
            f64x2.promote_low_f32x4
            v128.store align=1
            local.get 13
            local.get 10
            local.get 2
            i32.add
            i32.const 3
            i32.shl
            i32.add
            local.get 28
            local.get 28
            i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
            f64x2.promote_low_f32x4
            v128.store offset=16 align=1
            local.get 10
            i32.const 4
            i32.add
            local.set 10
            local.get 10
            local.get 2
            i32.ge_u
            i32.eqz
            br_if 0 (;@4;)
          end
        end
        local.get 3
        local.set 10
        block  ;; label = @3
          local.get 10
          local.get 1
          i32.ge_u
          br_if 0 (;@3;)
          loop  ;; label = @4
            local.get 12
            local.get 10
            i32.const 3
            i32.shl
            i32.add
            v128.load align=1
            local.set 29
            local.get 16
            local.get 29
            v128.or
            local.set 16
            local.get 29
            f32x4.demote_f64x2_zero
            local.set 30
            local.get 30
            i32.const 1
            i32x4.shl
            local.set 23
            local.get 30
            i32.const 1
            i32x4.shl
            local.set 24
            local.get 17
            local.get 23
            local.get 24
            i32x4.max_u
            i32x4.max_u
            local.set 17
            local.get 18
            local.get 23
            i32.const 0
            v128.load offset=432 align=1
            i32x4.sub
            local.get 24
            i32.const 0
            v128.load offset=432 align=1
            i32x4.sub
            i32x4.min_u
            i32x4.min_u
            local.set 18
            local.get 13
            local.get 10
            i32.const 3
            i32.shl
            i32.add
            local.get 30
            f64x2.promote_low_f32x4
            v128.store align=1
            local.get 10
            i32.const 2
            i32.add
            local.set 10
            local.get 10
            local.get 1
            i32.ge_u
            i32.eqz
            br_if 0 (;@4;)
          end
        end
        local.get 16
        i32.const 0
        v128.load offset=512 align=1
        v128.and
        v128.any_true
        local.get 17
        i32.const 0
        v128.load offset=528 align=1
        i32x4.lt_u
        local.get 18
        i32.const 0
        v128.load offset=496 align=1
        i32x4.ge_u
        v128.and
        i32x4.all_true
        i32.eqz
        i32.or
        if  ;; label = @3
          local.get 8
          local.get 11
          i32.const 2
          i32.shl
          i32.add
          local.get 9
          i32.store
          local.get 11
          i32.const 1
          i32.add
          local.set 11
        end
        local.get 9
        i32.const 1
        i32.add
        local.set 9
        local.get 9
        local.get 0
        i32.ge_u
        i32.eqz
        br_if 0 (;@2;)
      end
    end
    local.get 11)
  (func (;7;) (type 7) (param i32 i32 i32 i32 i32 i32 i32 i32 i32) (result i32)
    (local i32 i32 i32 i32 i32 i32 i32 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128)
    i32.const 0
    v128.load offset=544 align=1
    local.set 31
    i32.const 0
    local.set 11
    local.get 1
    i32.const 3
    i32.shl
    local.set 15
    i32.const 0
    local.set 9
    block  ;; label = @1
      local.get 9
      local.get 0
      i32.ge_u
      br_if 0 (;@1;)
      loop  ;; label = @2
        local.get 4
        local.get 9
        local.get 15
        i32.mul
        i32.add
        local.set 12
        local.get 5
        local.get 9
        local.get 1
        i32.mul
        i32.const 3
        i32.shl
        i32.add
        local.set 13
        local.get 6
        local.get 9
        i32.const 2
        i32.shl
        i32.add
        i32.load
        local.set 14
        i32.const 0
        v128.load offset=400 align=1
        local.set 16
        i32.const 0
        v128.load offset=400 align=1
        local.set 17
        i32.const 0
        v128.load offset=416 align=1
        local.set 18
        i32.const 0
        local.set 10
        block  ;; label = @3
          local.get 10
          local.get 2
          i32.ge_u
          br_if 0 (;@3;)
          loop  ;; label = @4
            local.get 12
            local.get 10
            i32.const 1
            i32.shl
            i32.const 3
            i32.shl
            i32.add
            v128.load align=1
            local.set 29
            local.get 12
            local.get 10
            i32.const 1
            i32.shl
            i32.const 3
            i32.shl
            i32.add
            v128.load offset=16 align=1
            local.set 30
            local.get 16
            local.get 29
            local.get 30
            v128.or
            v128.or
            local.set 16
            local.get 29
            f32x4.demote_f64x2_zero
            local.get 30
            f32x4.demote_f64x2_zero
            i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
            local.set 23
            local.get 12
            local.get 10
            i32.const 1
            i32.shl
            i32.const 3
            i32.shl
            i32.add
            v128.load offset=32 align=1
            local.set 29
            local.get 12
            local.get 10
            i32.const 1
            i32.shl
            i32.const 3
            i32.shl
            i32.add
            v128.load offset=48 align=1
            local.set 30
            local.get 16
            local.get 29
            local.get 30
            v128.or
            v128.or
            local.set 16
            local.get 29
            f32x4.demote_f64x2_zero
            local.get 30
            f32x4.demote_f64x2_zero
            i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
            local.set 24
            local.get 23
            local.get 24
            i8x16.shuffle 0 1 2 3 8 9 10 11 16 17 18 19 24 25 26 27
            local.set 19
            local.get 23
            local.get 24
            i8x16.shuffle 4 5 6 7 12 13 14 15 20 21 22 23 28 29 30 31
            local.set 20
            local.get 19
            i32.const 1
            i32x4.shl
            local.set 23
            local.get 20
            i32.const 1
            i32x4.shl
            local.set 24
            local.get 17
            local.get 23
            local.get 24
            i32x4.max_u
            i32x4.max_u
            local.set 17
            local.get 18
            local.get 23
            i32.const 0
            v128.load offset=432 align=1
            i32x4.sub
            local.get 24
            i32.const 0
            v128.load offset=432 align=1
            i32x4.sub
            i32x4.min_u
            i32x4.min_u
            local.set 18
            local.get 14
            local.get 10
            i32.const 2
            i32.shl
            i32.add
            v128.load align=1
            local.set 21
            local.get 14
            local.get 7
            i32.add
            local.get 10
            i32.const 2
            i32.shl
            i32.add
            v128.load align=1
            local.set 22
            local.get 19
            local.get 21
            f32x4.mul
            local.set 25
            local.get 25
            local.get 31
            f32x4.mul
            local.tee 26
            local.get 26
            local.get 25
            f32x4.sub
            f32x4.sub
            local.get 20
            local.get 22
            f32x4.mul
            local.set 25
            local.get 25
            local.get 31
            f32x4.mul
            local.tee 26
            local.get 26
            local.get 25
            f32x4.sub
            f32x4.sub
            f32x4.sub
            local.set 25
            local.get 25
            local.get 31
            f32x4.mul
            local.tee 26
            local.get 26
            local.get 25
            f32x4.sub
            f32x4.sub
            local.set 27
            local.get 19
            local.get 22
            f32x4.mul
            local.set 25
            local.get 25
            local.get 31
            f32x4.mul
            local.tee 26
            local.get 26
            local.get 25
            f32x4.sub
            f32x4.sub
            local.get 20
            local.get 21
            f32x4.mul
            local.set 25
            local.get 25
            local.get 31
            f32x4.mul
            local.tee 26
            local.get 26
            local.get 25
            f32x4.sub
            f32x4.sub
            f32x4.add
            local.set 25
            local.get 25
            local.get 31
            f32x4.mul
            local.tee 26
            local.get 26
            local.get 25
            f32x4.sub
            f32x4.sub
            local.set 28
            local.get 27
            local.get 28
            i8x16.shuffle 0 1 2 3 16 17 18 19 4 5 6 7 20 21 22 23
            local.set 29
            local.get 27
            local.get 28
            i8x16.shuffle 8 9 10 11 24 25 26 27 12 13 14 15 28 29 30 31
            local.set 30
            local.get 13
            local.get 10
            i32.const 1
            i32.shl
            i32.const 3
            i32.shl
            i32.add
            local.get 29
            f64x2.promote_low_f32x4
            v128.store align=1
            local.get 13
            local.get 10
            i32.const 1
            i32.shl
            i32.const 3
            i32.shl
            i32.add
            local.get 29
            local.get 29
            i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
            f64x2.promote_low_f32x4
            v128.store offset=16 align=1
            local.get 13
            local.get 10
            i32.const 1
            i32.shl
            i32.const 3
            i32.shl
            i32.add
            local.get 30
            f64x2.promote_low_f32x4
            v128.store offset=32 align=1
            local.get 13
            local.get 10
            i32.const 1
            i32.shl
            i32.const 3
            i32.shl
            i32.add
            local.get 30
            local.get 30
            i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
            f64x2.promote_low_f32x4
            v128.store offset=48 align=1
            local.get 10
            i32.const 4
            i32.add
            local.set 10
            local.get 10
            local.get 2
            i32.ge_u
            i32.eqz
            br_if 0 (;@4;)
          end
        end
        local.get 3
        local.set 10
        block  ;; label = @3
          local.get 10
          local.get 1
          i32.ge_u
          br_if 0 (;@3;)
          loop  ;; label = @4
            local.get 12
            local.get 10
            i32.const 3
            i32.shl
            i32.add
            v128.load align=1
            local.set 29
            local.get 16
            local.get 29
            v128.or
            local.set 16
            local.get 29
            f32x4.demote_f64x2_zero
            local.set 30
            local.get 30
            i32.const 1
            i32x4.shl
            local.set 23
            local.get 30
            i32.const 1
            i32x4.shl
            local.set 24
            local.get 17
            local.get 23
            local.get 24
            i32x4.max_u
            i32x4.max_u
            local.set 17
            local.get 18
            local.get 23
            i32.const 0
            v128.load offset=432 align=1
            i32x4.sub
            local.get 24
            i32.const 0
            v128.load offset=432 align=1
            i32x4.sub
            i32x4.min_u
            i32x4.min_u
            local.set 18
            local.get 13
            local.get 10
            i32.const 3
            i32.shl
            i32.add
            local.get 30
            f64x2.promote_low_f32x4
            v128.store align=1
            local.get 10
            i32.const 2
            i32.add
            local.set 10
            local.get 10
            local.get 1
            i32.ge_u
            i32.eqz
            br_if 0 (;@4;)
          end
        end
        local.get 16
        i32.const 0
        v128.load offset=512 align=1
        v128.and
        v128.any_true
        local.get 17
        i32.const 0
        v128.load offset=528 align=1
        i32x4.lt_u
        local.get 18
        i32.const 0
        v128.load offset=496 align=1
        i32x4.ge_u
        v128.and
        i32x4.all_true
        i32.eqz
        i32.or
        if  ;; label = @3
          local.get 8
          local.get 11
          i32.const 2
          i32.shl
          i32.add
          local.get 9
          i32.store
          local.get 11
          i32.const 1
          i32.add
          local.set 11
        end
        local.get 9
        i32.const 1
        i32.add
        local.set 9
        local.get 9
        local.get 0
        i32.ge_u
        i32.eqz
        br_if 0 (;@2;)
      end
    end
    local.get 11)
  (func (;8;) (type 8) (param i32 i32 i32 i32 i32 i32 i32 i32 i32) (result i32)
    (local i32 i32 i32 i32 i32 i32 i32 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 i32)
    i32.const 0
    v128.load offset=544 align=1
    local.set 28
    i32.const 0
    v128.load offset=624 align=1
    local.set 29
    i32.const 0
    v128.load offset=400 align=1
    local.set 33
    local.get 2
    i32.const -8
    i32.and
    local.set 34
    i32.const 0
    local.set 11
    i32.const 0
    local.set 9
    block  ;; label = @1
      local.get 9
      local.get 0
      i32.ge_u
      br_if 0 (;@1;)
      loop  ;; label = @2
        local.get 4
        local.get 9
        local.get 1
        i32.mul
        i32.const 1
        i32.shl
        i32.add
        local.set 12
        local.get 5
        local.get 9
        local.get 1
        i32.mul
        i32.const 1
        i32.shl
        i32.add
        local.set 13
        local.get 6
        local.get 9
        i32.const 2
        i32.shl
        i32.add
        i32.load
        local.set 14
        i32.const 0
        v128.load offset=400 align=1
        local.set 16
        i32.const 0
        v128.load offset=416 align=1
        local.set 17
        i32.const 0
        local.set 10
        block  ;; label = @3
          local.get 10
          local.get 34
          i32.ge_u
          br_if 0 (;@3;)
          loop  ;; label = @4
            local.get 12
            local.get 10
            i32.const 1
            i32.shl
            i32.add
            v128.load align=1
            local.set 26
            local.get 12
            local.get 10
            local.get 2
            i32.add
            i32.const 1
            i32.shl
            i32.add
            v128.load align=1
            local.set 30
            local.get 26
            i32.const 1
            i16x8.shl
            local.set 27
            local.get 16
            local.get 27
            i16x8.max_u
            local.set 16
            local.get 17
            local.get 27
            local.get 29
            i16x8.sub
            i16x8.min_u
            local.set 17
            local.get 30
            i32.const 1
            i16x8.shl
            local.set 27
            local.get 16
            local.get 27
            i16x8.max_u
            local.set 16
            local.get 17
            local.get 27
            local.get 29
            i16x8.sub
            i16x8.min_u
            local.set 17
            local.get 33
            local.get 26
            i8x16.shuffle 0 1 16 17 2 3 18 19 4 5 20 21 6 7 22 23
            local.set 18
            local.get 33
            local.get 30
            i8x16.shuffle 0 1 16 17 2 3 18 19 4 5 20 21 6 7 22 23
            local.set 19
            local.get 14
            local.get 10
            i32.const 2
            i32.shl
            i32.add
            v128.load align=1
            local.set 20
            local.get 14
            local.get 7
            i32.add
            local.get 10
            i32.const 2
            i32.shl
            i32.add
            v128.load align=1
            local.set 21
            local.get 18
            local.get 20
            f32x4.mul
            local.set 22
            local.get 22
            local.get 28
            f32x4.mul
            local.tee 23
            local.get 23
            local.get 22
            f32x4.sub
            f32x4.sub
            local.get 19
            local.get 21
            f32x4.mul
            local.set 22
            local.get 22
            local.get 28
            f32x4.mul
            local.tee 23
            local.get 23
            local.get 22
            f32x4.sub
            f32x4.sub
            f32x4.sub
            local.set 22
            local.get 22
            local.get 28
            f32x4.mul
            local.tee 23
            local.get 23
            local.get 22
            f32x4.sub
            f32x4.sub
            local.set 24
            local.get 18
            local.get 21
            f32x4.mul
            local.set 22
            local.get 22
            local.get 28
            f32x4.mul
            local.tee 23
            local.get 23
            local.get 22
            f32x4.sub
            f32x4.sub
            local.get 19
            local.get 20
            f32x4.mul
            local.set 22
            local.get 22
            local.get 28
            f32x4.mul
            local.tee 23
            local.get 23
            local.get 22
            f32x4.sub
            f32x4.sub
            f32x4.add
            local.set 22
            local.get 22
            local.get 28
            f32x4.mul
            local.tee 23
            local.get 23
            local.get 22
            f32x4.sub
            f32x4.sub
            local.set 25
            local.get 24
            local.set 31
            local.get 25
            local.set 32
            local.get 33
            local.get 26
            i8x16.shuffle 8 9 24 25 10 11 26 27 12 13 28 29 14 15 30 31
            local.set 18
            local.get 33
            local.get 30
            i8x16.shuffle 8 9 24 25 10 11 26 27 12 13 28 29 14 15 30 31
            local.set 19
            local.get 14
            local.get 10
            i32.const 2
            i32.shl
            i32.add
            v128.load offset=16 align=1
            local.set 20
            local.get 14
            local.get 7
            i32.add
            local.get 10
            i32.const 2
            i32.shl
            i32.add
            v128.load offset=16 align=1
            local.set 21
            local.get 18
            local.get 20
            f32x4.mul
            local.set 22
            local.get 22
            local.get 28
            f32x4.mul
            local.tee 23
            local.get 23
            local.get 22
            f32x4.sub
            f32x4.sub
            local.get 19
            local.get 21
            f32x4.mul
            local.set 22
            local.get 22
            local.get 28
            f32x4.mul
            local.tee 23
            local.get 23
            local.get 22
            f32x4.sub
            f32x4.sub
            f32x4.sub
            local.set 22
            local.get 22
            local.get 28
            f32x4.mul
            local.tee 23
            local.get 23
            local.get 22
            f32x4.sub
            f32x4.sub
            local.set 24
            local.get 18
            local.get 21
            f32x4.mul
            local.set 22
            local.get 22
            local.get 28
            f32x4.mul
            local.tee 23
            local.get 23
            local.get 22
            f32x4.sub
            f32x4.sub
            local.get 19
            local.get 20
            f32x4.mul
            local.set 22
            local.get 22
            local.get 28
            f32x4.mul
            local.tee 23
            local.get 23
            local.get 22
            f32x4.sub
            f32x4.sub
            f32x4.add
            local.set 22
            local.get 22
            local.get 28
            f32x4.mul
            local.tee 23
            local.get 23
            local.get 22
            f32x4.sub
            f32x4.sub
            local.set 25
            local.get 13
            local.get 10
            i32.const 1
            i32.shl
            i32.add
            local.get 31
            i32.const 16
            i32x4.shr_u
            local.get 24
            i32.const 16
            i32x4.shr_u
            i16x8.narrow_i32x4_u
            v128.store align=1
            local.get 13
            local.get 10
            local.get 2
            i32.add
            i32.const 1
            i32.shl
            i32.add
            local.get 32
            i32.const 16
            i32x4.shr_u
            local.get 25
            i32.const 16
            i32x4.shr_u
            i16x8.narrow_i32x4_u
            v128.store align=1
            local.get 10
            i32.const 8
            i32.add
            local.set 10
            local.get 10
            local.get 34
            i32.ge_u
            i32.eqz
            br_if 0 (;@4;)
          end
        end
        local.get 34
        local.set 10
        block  ;; label = @3
          local.get 10
          local.get 2
          i32.ge_u
          br_if 0 (;@3;)
          loop  ;; label = @4
            local.get 12
            local.get 10
            local.get 2
            i32.add
            i32.const 1
            i32.shl
            i32.add
            local.get 12
            local.get 10
            i32.const 1
            i32.shl
            i32.add
            v128.load64_zero align=1
            v128.load64_lane align=1 1
            local.set 26
            local.get 26
            i32.const 1
            i16x8.shl
            local.set 27
            local.get 16
            local.get 27
            i16x8.max_u
            local.set 16
            local.get 17
            local.get 27
            local.get 29
            i16x8.sub
            i16x8.min_u
            local.set 17
            local.get 26
            i32.const 0
            v128.load offset=560 align=1
            i8x16.swizzle
            local.set 18
            local.get 26
            i32.const 0
            v128.load offset=576 align=1
            i8x16.swizzle
            local.set 19
            local.get 14
            local.get 10
            i32.const 2
            i32.shl
            i32.add
            v128.load align=1
            local.set 20
            local.get 14
            local.get 7
            i32.add
            local.get 10
            i32.const 2
            i32.shl
            i32.add
            v128.load align=1
            local.set 21
            local.get 18
            local.get 20
            f32x4.mul
            local.set 22
            local.get 22
            local.get 28
            f32x4.mul
            local.tee 23
            local.get 23
            local.get 22
            f32x4.sub
            f32x4.sub
            local.get 19
            local.get 21
            f32x4.mul
            local.set 22
            local.get 22
            local.get 28
            f32x4.mul
            local.tee 23
            local.get 23
            local.get 22
            f32x4.sub
            f32x4.sub
            f32x4.sub
            local.set 22
            local.get 22
            local.get 28
            f32x4.mul
            local.tee 23
            local.get 23
            local.get 22
            f32x4.sub
            f32x4.sub
            local.set 24
            local.get 18
            local.get 21
            f32x4.mul
            local.set 22
            local.get 22
            local.get 28
            f32x4.mul
            local.tee 23
            local.get 23
            local.get 22
            f32x4.sub
            f32x4.sub
            local.get 19
            local.get 20
            f32x4.mul
            local.set 22
            local.get 22
            local.get 28
            f32x4.mul
            local.tee 23
            local.get 23
            local.get 22
            f32x4.sub
            f32x4.sub
            f32x4.add
            local.set 22
            local.get 22
            local.get 28
            f32x4.mul
            local.tee 23
            local.get 23
            local.get 22
            f32x4.sub
            f32x4.sub
            local.set 25
            local.get 24
            i32.const 16
            i32x4.shr_u
            local.get 25
            i32.const 16
            i32x4.shr_u
            i16x8.narrow_i32x4_u
            local.set 26
            local.get 13
            local.get 10
            i32.const 1
            i32.shl
            i32.add
            local.get 26
            v128.store64_lane align=1 0
            local.get 13
            local.get 10
            local.get 2
            i32.add
            i32.const 1
            i32.shl
            i32.add
            local.get 26
            v128.store64_lane align=1 1
            local.get 10
            i32.const 4
            i32.add
            local.set 10
            local.get 10
            local.get 2
            i32.ge_u
            i32.eqz
            br_if 0 (;@4;)
          end
        end
        local.get 3
        local.set 10
        block  ;; label = @3
          local.get 10
          local.get 1
          i32.ge_u
          br_if 0 (;@3;)
          loop  ;; label = @4
            local.get 12
            local.get 10
            i32.const 1
            i32.shl
            i32.add
            i32.load
            local.set 15
            local.get 15
            i32x4.splat
            local.set 26
            local.get 26
            i32.const 1
            i16x8.shl
            local.set 27
            local.get 16
            local.get 27
            i16x8.max_u
            local.set 16
            local.get 17
            local.get 27
            local.get 29
            i16x8.sub
            i16x8.min_u
            local.set 17
            local.get 13
            local.get 10
            i32.const 1
            i32.shl
            i32.add
            local.get 15
            i32.store
            local.get 10
            i32.const 2
            i32.add
            local.set 10
            local.get 10
            local.get 1
            i32.ge_u
            i32.eqz
            br_if 0 (;@4;)
          end
        end
        local.get 16
        i32.const 0
        v128.load offset=592 align=1
        i16x8.lt_u
        local.get 17
        i32.const 0
        v128.load offset=608 align=1
        i16x8.ge_u
        v128.and
        i16x8.all_true
        i32.eqz
        if  ;; label = @3
          local.get 8
          local.get 11
          i32.const 2
          i32.shl
          i32.add
          local.get 9
          i32.store
          local.get 11
          i32.const 1
          i32.add
          local.set 11
        end
        local.get 9
        i32.const 1
        i32.add
        local.set 9
        local.get 9
        local.get 0
        i32.ge_u
        i32.eqz
        br_if 0 (;@2;)
      end
    end
    local.get 11)
  (func (;9;) (type 9) (param i32 i32 i32 i32 i32 i32 i32 i32 i32) (result i32)
    (local i32 i32 i32 i32 i32 i32 i32 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 i32)
    i32.const 0
    v128.load offset=544 align=1
    local.set 28
    i32.const 0
    v128.load offset=624 align=1
    local.set 29
    i32.const 0
    v128.load offset=400 align=1
    local.set 33
    local.get 2
    i32.const -8
    i32.and
    local.set 34
    i32.const 0
    local.set 11
    i32.const 0
    local.set 9
    block  ;; label = @1
      local.get 9
      local.get 0
      i32.ge_u
      br_if 0 (;@1;)
      loop  ;; label = @2
        local.get 4
        local.get 9
        local.get 1
        i32.mul
        i32.const 1
        i32.shl
        i32.add
        local.set 12
        local.get 5
        local.get 9
        local.get 1
        i32.mul
        i32.const 1
        i32.shl
        i32.add
        local.set 13
        local.get 6
        local.get 9
        i32.const 2
        i32.shl
        i32.add
        i32.load
        local.set 14
        i32.const 0
        v128.load offset=400 align=1
        local.set 16
        i32.const 0
        v128.load offset=416 align=1
        local.set 17
        i32.const 0
        local.set 10
        block  ;; label = @3
          local.get 10
          local.get 2
          i32.ge_u
          br_if 0 (;@3;)
          loop  ;; label = @4
            local.get 12
            local.get 10
            i32.const 1
            i32.shl
            i32.const 1
            i32.shl
            i32.add
            v128.load align=1
            local.set 26
            local.get 26
            i32.const 1
            i16x8.shl
            local.set 27
            local.get 16
            local.get 27
            i16x8.max_u
            local.set 16
            local.get 17
            local.get 27
            local.get 29
            i16x8.sub
            i16x8.min_u
            local.set 17
            local.get 26
            i32.const 16
            i32x4.shl
            local.set 18
            local.get 26
            i32.const 0
            v128.load offset=464 align=1
            v128.and
            local.set 19
            local.get 14
            local.get 10
            i32.const 2
            i32.shl
            i32.add
            v128.load align=1
            local.set 20
            local.get 14
            local.get 7
            i32.add
            local.get 10
            i32.const 2
            i32.shl
            i32.add
            v128.load align=1
            local.set 21
            local.get 18
            local.get 20
            f32x4.mul
            local.set 22
            local.get 22
            local.get 28
            f32x4.mul
            local.tee 23
            local.get 23
            local.get 22
            f32x4.sub
            f32x4.sub
            local.get 19
            local.get 21
            f32x4.mul
            local.set 22
            local.get 22
            local.get 28
            f32x4.mul
            local.tee 23
            local.get 23
            local.get 22
            f32x4.sub
            f32x4.sub
            f32x4.sub
            local.set 22
            local.get 22
            local.get 28
            f32x4.mul
            local.tee 23
            local.get 23
            local.get 22
            f32x4.sub
            f32x4.sub
            local.set 24
            local.get 18
            local.get 21
            f32x4.mul
            local.set 22
            local.get 22
            local.get 28
            f32x4.mul
            local.tee 23
            local.get 23
            local.get 22
            f32x4.sub
            f32x4.sub
            local.get 19
            local.get 20
            f32x4.mul
            local.set 22
            local.get 22
            local.get 28
            f32x4.mul
            local.tee 23
            local.get 23
            local.get 22
            f32x4.sub
            f32x4.sub
            f32x4.add
            local.set 22
            local.get 22
            local.get 28
            f32x4.mul
            local.tee 23
            local.get 23
            local.get 22
            f32x4.sub
            f32x4.sub
            local.set 25
            local.get 13
            local.get 10
            i32.const 1
            i32.shl
            i32.const 1
            i32.shl
            i32.add
            local.get 24
            i32.const 16
            i32x4.shr_u
            local.get 25
            v128.or
            v128.store align=1
            local.get 10
            i32.const 4
            i32.add
            local.set 10
            local.get 10
            local.get 2
            i32.ge_u
            i32.eqz
            br_if 0 (;@4;)
          end
        end
        local.get 3
        local.set 10
        block  ;; label = @3
          local.get 10
          local.get 1
          i32.ge_u
          br_if 0 (;@3;)
          loop  ;; label = @4
            local.get 12
            local.get 10
            i32.const 1
            i32.shl
            i32.add
            i32.load
            local.set 15
            local.get 15
            i32x4.splat
            local.set 26
            local.get 26
            i32.const 1
            i16x8.shl
            local.set 27
            local.get 16
            local.get 27
            i16x8.max_u
            local.set 16
            local.get 17
            local.get 27
            local.get 29
            i16x8.sub
            i16x8.min_u
            local.set 17
            local.get 13
            local.get 10
            i32.const 1
            i32.shl
            i32.add
            local.get 15
            i32.store
            local.get 10
            i32.const 2
            i32.add
            local.set 10
            local.get 10
            local.get 1
            i32.ge_u
            i32.eqz
            br_if 0 (;@4;)
          end
        end
        local.get 16
        i32.const 0
        v128.load offset=592 align=1
        i16x8.lt_u
        local.get 17
        i32.const 0
        v128.load offset=608 align=1
        i16x8.ge_u
        v128.and
        i16x8.all_true
        i32.eqz
        if  ;; label = @3
          local.get 8
          local.get 11
          i32.const 2
          i32.shl
          i32.add
          local.get 9
          i32.store
          local.get 11
          i32.const 1
          i32.add
          local.set 11
        end
        local.get 9
        i32.const 1
        i32.add
        local.set 9
        local.get 9
        local.get 0
        i32.ge_u
        i32.eqz
        br_if 0 (;@2;)
      end
    end
    local.get 11)
  (func (;10;) (type 10) (param i32 i32 i32 i32 f32 i32) (result i32)
    (local i32 i32 i32 i32 i32 v128 v128 v128 v128 v128 v128 v128)
    local.get 4
    f32x4.splat
    local.set 11
    i32.const 0
    v128.load offset=384 align=1
    local.set 17
    i32.const 0
    local.set 9
    i32.const 0
    local.set 6
    block  ;; label = @1
      local.get 6
      local.get 2
      i32.ge_u
      br_if 0 (;@1;)
      loop  ;; label = @2
        i32.const 0
        v128.load offset=400 align=1
        local.set 14
        i32.const 0
        v128.load offset=416 align=1
        local.set 15
        i32.const 0
        local.set 7
        block  ;; label = @3
          local.get 7
          local.get 3
          i32.ge_u
          br_if 0 (;@3;)
          loop  ;; label = @4
            local.get 0
            local.get 6
            local.get 3
            i32.mul
            i32.add
            local.get 7
            i32.add
            local.set 8
            local.get 8
            v128.load align=1
            local.get 11
            f32x4.mul
            local.set 12
            local.get 12
            i32.const 0
            v128.load offset=640 align=1
            f32x4.add
            i32.const 0
            v128.load offset=640 align=1
            f32x4.sub
            local.get 12
            i32.const 0
            v128.load offset=656 align=1
            v128.and
            v128.or
            local.get 12
            local.get 17
            f32x4.mul
            local.tee 16
            local.get 16
            local.get 12
            f32x4.sub
            f32x4.sub
            local.get 12
            f32x4.abs
            i32.const 0
            v128.load offset=672 align=1
            f32x4.lt
            v128.bitselect
            local.set 12
            local.get 8
            local.get 12
            v128.store align=1
            local.get 12
            i32.const 1
            i32x4.shl
            local.set 13
            local.get 14
            local.get 13
            i32x4.max_u
            local.set 14
            local.get 15
            local.get 13
            i32.const 0
            v128.load offset=432 align=1
            i32x4.sub
            i32x4.min_u
            local.set 15
            local.get 8
            local.get 1
            i32.add
            v128.load align=1
            local.get 11
            f32x4.mul
            local.set 12
            local.get 12
            i32.const 0
            v128.load offset=640 align=1
            f32x4.add
            i32.const 0
            v128.load offset=640 align=1
            f32x4.sub
            local.get 12
            i32.const 0
            v128.load offset=656 align=1
            v128.and
            v128.or
            local.get 12
            local.get 17
            f32x4.mul
            local.tee 16
            local.get 16
            local.get 12
            f32x4.sub
            f32x4.sub
            local.get 12
            f32x4.abs
            i32.const 0
            v128.load offset=672 align=1
            f32x4.lt
            v128.bitselect
            local.set 12
            local.get 8
            local.get 1
            i32.add
            local.get 12
            v128.store align=1
            local.get 12
            i32.const 1
            i32x4.shl
            local.set 13
            local.get 14
            local.get 13
            i32x4.max_u
            local.set 14
            local.get 15
            local.get 13
            i32.const 0
            v128.load offset=432 align=1
            i32x4.sub
            i32x4.min_u
            local.set 15
            local.get 7
            i32.const 16
            i32.add
            local.set 7
            local.get 7
            local.get 3
            i32.ge_u
            i32.eqz
            br_if 0 (;@4;)
          end
        end
        local.get 14
        i32.const 0
        v128.load offset=688 align=1
        i32x4.lt_u
        local.get 15
        i32.const 0
        v128.load offset=704 align=1
        i32x4.ge_u
        v128.and
        i32x4.all_true
        i32.eqz
        local.set 10
        local.get 5
        local.get 6
        i32.const 2
        i32.shl
        i32.add
        local.get 10
        i32.store
        local.get 9
        local.get 10
        i32.add
        local.set 9
        local.get 6
        i32.const 1
        i32.add
        local.set 6
        local.get 6
        local.get 2
        i32.ge_u
        i32.eqz
        br_if 0 (;@2;)
      end
    end
    local.get 9)
  (func (;11;) (type 11) (param i32 i32 i32 i32 i32 i32 i32 i32 i32) (result i32)
    (local i32 i32 i32 i32 i32 i32 i32 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128)
    i32.const 0
    v128.load offset=384 align=1
    local.set 31
    i32.const 0
    local.set 11
    local.get 1
    i32.const 3
    i32.shl
    local.set 15
    i32.const 0
    local.set 9
    block  ;; label = @1
      local.get 9
      local.get 0
      i32.ge_u
      br_if 0 (;@1;)
      loop  ;; label = @2
        local.get 4
        local.get 9
        local.get 15
        i32.mul
        i32.add
        local.set 12
        local.get 5
        local.get 9
        local.get 1
        i32.mul
        i32.const 2
        i32.shl
        i32.add
        local.set 13
        local.get 6
        local.get 9
        i32.const 2
        i32.shl
        i32.add
        i32.load
        local.set 14
        i32.const 0
        v128.load offset=400 align=1
        local.set 16
        i32.const 0
        v128.load offset=400 align=1
        local.set 17
        i32.const 0
        v128.load offset=416 align=1
        local.set 18
        i32.const 0
        v128.load offset=400 align=1
        local.set 32
        i32.const 0
        v128.load offset=400 align=1
        local.set 33
        i32.const 0
        local.set 10
        block  ;; label = @3
          local.get 10
          local.get 2
          i32.ge_u
          br_if 0 (;@3;)
          loop  ;; label = @4
            local.get 12
            local.get 10
            i32.const 3
            i32.shl
            i32.add
            v128.load align=1
            local.set 29
            local.get 12
            local.get 10
            i32.const 3
            i32.shl
            i32.add
            v128.load offset=16 align=1
            local.set 30
            local.get 16
            local.get 29
            local.get 30
            v128.or
            v128.or
            local.set 16
            local.get 29
            f32x4.demote_f64x2_zero
            local.get 30
            f32x4.demote_f64x2_zero
            i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
            local.set 19
            local.get 12
            local.get 10
            local.get 2
            i32.add
            i32.const 3
            i32.shl
            i32.add
            v128.load align=1
            local.set 29
            local.get 12
            local.get 10
            local.get 2
            i32.add
            i32.const 3
            i32.shl
            i32.add
            v128.load offset=16 align=1
            local.set 30
            local.get 16
            local.get 29
            local.get 30
            v128.or
            v128.or
            local.set 16
            local.get 29
            f32x4.demote_f64x2_zero
            local.get 30
            f32x4.demote_f64x2_zero
            i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
            local.set 20
            local.get 19
            i32.const 1
            i32x4.shl
            local.set 23
            local.get 20
            i32.const 1
            i32x4.shl
            local.set 24
            local.get 17
            local.get 23
            local.get 24
            i32x4.max_u
            i32x4.max_u
            local.set 17
            local.get 18
            local.get 23
            i32.const 0
            v128.load offset=432 align=1
            i32x4.sub
            local.get 24
            i32.const 0
            v128.load offset=432 align=1
            i32x4.sub
            i32x4.min_u
            i32x4.min_u
            local.set 18
            local.get 32
            local.get 19
            f32x4.abs
            local.get 20
            f32x4.abs
            f32x4.max
            f32x4.max
            local.set 32
            local.get 14
            local.get 10
            i32.const 2
            i32.shl
            i32.add
            v128.load align=1
            local.set 21
            local.get 14
            local.get 7
            i32.add
            local.get 10
            i32.const 2
            i32.shl
            i32.add
            v128.load align=1
            local.set 22
            local.get 33
            local.get 21
            f32x4.abs
            local.get 22
            f32x4.abs
            f32x4.max
            f32x4.max
            local.set 33
            local.get 19
            local.get 21
            f32x4.mul
            local.set 25
            local.get 25
            i32.const 0
            v128.load offset=640 align=1
            f32x4.add
            i32.const 0
            v128.load offset=640 align=1
            f32x4.sub
            local.get 25
            i32.const 0
            v128.load offset=656 align=1
            v128.and
            v128.or
            local.get 25
            local.get 31
            f32x4.mul
            local.tee 26
            local.get 26
            local.get 25
            f32x4.sub
            f32x4.sub
            local.get 25
            f32x4.abs
            i32.const 0
            v128.load offset=672 align=1
            f32x4.lt
            v128.bitselect
            local.get 20
            local.get 22
            f32x4.mul
            local.set 25
            local.get 25
            i32.const 0
            v128.load offset=640 align=1
            f32x4.add
            i32.const 0
            v128.load offset=640 align=1
            f32x4.sub
            local.get 25
            i32.const 0
            v128.load offset=656 align=1
            v128.and
            v128.or
            local.get 25
            local.get 31
            f32x4.mul
            local.tee 26
            local.get 26
            local.get 25
            f32x4.sub
            f32x4.sub
            local.get 25
            f32x4.abs
            i32.const 0
            v128.load offset=672 align=1
            f32x4.lt
            v128.bitselect
            f32x4.sub
            local.set 25
            local.get 25
            i32.const 0
            v128.load offset=640 align=1
            f32x4.add
            i32.const 0
            v128.load offset=640 align=1
            f32x4.sub
            local.get 25
            i32.const 0
            v128.load offset=656 align=1
            v128.and
            v128.or
            local.get 25
            local.get 31
            f32x4.mul
            local.tee 26
            local.get 26
            local.get 25
            f32x4.sub
            f32x4.sub
            local.get 25
            f32x4.abs
            i32.const 0
            v128.load offset=672 align=1
            f32x4.lt
            v128.bitselect
            local.set 27
            local.get 19
            local.get 22
            f32x4.mul
            local.set 25
            local.get 25
            i32.const 0
            v128.load offset=640 align=1
            f32x4.add
            i32.const 0
            v128.load offset=640 align=1
            f32x4.sub
            local.get 25
            i32.const 0
            v128.load offset=656 align=1
            v128.and
            v128.or
            local.get 25
            local.get 31
            f32x4.mul
            local.tee 26
            local.get 26
            local.get 25
            f32x4.sub
            f32x4.sub
            local.get 25
            f32x4.abs
            i32.const 0
            v128.load offset=672 align=1
            f32x4.lt
            v128.bitselect
            local.get 20
            local.get 21
            f32x4.mul
            local.set 25
            local.get 25
            i32.const 0
            v128.load offset=640 align=1
            f32x4.add
            i32.const 0
            v128.load offset=640 align=1
            f32x4.sub
            local.get 25
            i32.const 0
            v128.load offset=656 align=1
            v128.and
            v128.or
            local.get 25
            local.get 31
            f32x4.mul
            local.tee 26
            local.get 26
            local.get 25
            f32x4.sub
            f32x4.sub
            local.get 25
            f32x4.abs
            i32.const 0
            v128.load offset=672 align=1
            f32x4.lt
            v128.bitselect
            f32x4.add
            local.set 25
            local.get 25
            i32.const 0
            v128.load offset=640 align=1
            f32x4.add
            i32.const 0
            v128.load offset=640 align=1
            f32x4.sub
            local.get 25
            i32.const 0
            v128.load offset=656 align=1
            v128.and
            v128.or
            local.get 25
            local.get 31
            f32x4.mul
            local.tee 26
            local.get 26
            local.get 25
            f32x4.sub
            f32x4.sub
            local.get 25
            f32x4.abs
            i32.const 0
            v128.load offset=672 align=1
            f32x4.lt
            v128.bitselect
            local.set 28
            local.get 13
            local.get 10
            i32.const 2
            i32.shl
            i32.add
            local.get 27
            v128.store align=1
            local.get 13
            local.get 10
            local.get 2
            i32.add
            i32.const 2
            i32.shl
            i32.add
            local.get 28
            v128.store align=1
            local.get 10
            i32.const 4
            i32.add
            local.set 10
            local.get 10
            local.get 2
            i32.ge_u
            i32.eqz
            br_if 0 (;@4;)
          end
        end
        local.get 3
        local.set 10
        block  ;; label = @3
          local.get 10
          local.get 1
          i32.ge_u
          br_if 0 (;@3;)
          loop  ;; label = @4
            local.get 12
            local.get 10
            i32.const 3
            i32.shl
            i32.add
            v128.load align=1
            local.set 29
            local.get 16
            local.get 29
            v128.or
            local.set 16
            local.get 29
            f32x4.demote_f64x2_zero
            local.set 30
            local.get 30
            i32.const 1
            i32x4.shl
            local.set 23
            local.get 30
            i32.const 1
            i32x4.shl
            local.set 24
            local.get 17
            local.get 23
            local.get 24
            i32x4.max_u
            i32x4.max_u
            local.set 17
            local.get 18
            local.get 23
            i32.const 0
            v128.load offset=432 align=1
            i32x4.sub
            local.get 24
            i32.const 0
            v128.load offset=432 align=1
            i32x4.sub
            i32x4.min_u
            i32x4.min_u
            local.set 18
            local.get 32
            local.get 30
            f32x4.abs
            local.get 30
            f32x4.abs
            f32x4.max
            f32x4.max
            local.set 32
            local.get 13
            local.get 10
            i32.const 2
            i32.shl
            i32.add
            local.get 30
            v128.store64_lane align=1 0
            local.get 10
            i32.const 2
            i32.add
            local.set 10
            local.get 10
            local.get 1
            i32.ge_u
            i32.eqz
            br_if 0 (;@4;)
          end
        end
        local.get 16
        i32.const 0
        v128.load offset=720 align=1
        v128.and
        v128.any_true
        local.get 17
        i32.const 0
        v128.load offset=736 align=1
        i32x4.lt_u
        local.get 18
        i32.const 0
        v128.load offset=752 align=1
        i32x4.ge_u
        v128.and
        i32x4.all_true
        i32.eqz
        i32.or
        local.get 32
        local.get 32
        local.get 32
        i8x16.shuffle 8 9 10 11 12 13 14 15 0 1 2 3 4 5 6 7
        f32x4.max
        local.set 34
        local.get 34
        local.get 34
        local.get 34
        i8x16.shuffle 4 5 6 7 0 1 2 3 12 13 14 15 8 9 10 11
        f32x4.max
        local.get 33
        local.get 33
        local.get 33
        i8x16.shuffle 8 9 10 11 12 13 14 15 0 1 2 3 4 5 6 7
        f32x4.max
        local.set 34
        local.get 34
        local.get 34
        local.get 34
        i8x16.shuffle 4 5 6 7 0 1 2 3 12 13 14 15 8 9 10 11
        f32x4.max
        f32x4.mul
        i32.const 0
        v128.load offset=768 align=1
        f32x4.le
        i32x4.all_true
        i32.eqz
        i32.or
        if  ;; label = @3
          local.get 8
          local.get 11
          i32.const 2
          i32.shl
          i32.add
          local.get 9
          i32.store
          local.get 11
          i32.const 1
          i32.add
          local.set 11
        end
        local.get 9
        i32.const 1
        i32.add
        local.set 9
        local.get 9
        local.get 0
        i32.ge_u
        i32.eqz
        br_if 0 (;@2;)
      end
    end
    local.get 11)
  (func (;12;) (type 12) (param i32 i32 i32 i32 i32 i32 i32 i32 i32) (result i32)
    (local i32 i32 i32 i32 i32 i32 i32 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128)
    i32.const 0
    v128.load offset=384 align=1
    local.set 31
    i32.const 0
    local.set 11
    local.get 1
    i32.const 3
    i32.shl
    local.set 15
    i32.const 0
    local.set 9
    block  ;; label = @1
      local.get 9
      local.get 0
      i32.ge_u
      br_if 0 (;@1;)
      loop  ;; label = @2
        local.get 4
        local.get 9
        local.get 15
        i32.mul
        i32.add
        local.set 12
        local.get 5
        local.get 9
        local.get 1
        i32.mul
        i32.const 2
        i32.shl
        i32.add
        local.set 13
        local.get 6
        local.get 9
        i32.const 2
        i32.shl
        i32.add
        i32.load
        local.set 14
        i32.const 0
        v128.load offset=400 align=1
        local.set 16
        i32.const 0
        v128.load offset=400 align=1
        local.set 17
        i32.const 0
        v128.load offset=416 align=1
        local.set 18
        i32.const 0
        v128.load offset=400 align=1
        local.set 32
        i32.const 0
        v128.load offset=400 align=1
        local.set 33
        i32.const 0
        local.set 10
        block  ;; label = @3
          local.get 10
          local.get 2
          i32.ge_u
          br_if 0 (;@3;)
          loop  ;; label = @4
            local.get 12
            local.get 10
            i32.const 1
            i32.shl
            i32.const 3
            i32.shl
            i32.add
            v128.load align=1
            local.set 29
            local.get 12
            local.get 10
            i32.const 1
            i32.shl
            i32.const 3
            i32.shl
            i32.add
            v128.load offset=16 align=1
            local.set 30
            local.get 16
            local.get 29
            local.get 30
            v128.or
            v128.or
            local.set 16
            local.get 29
            f32x4.demote_f64x2_zero
            local.get 30
            f32x4.demote_f64x2_zero
            i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
            local.set 23
            local.get 12
            local.get 10
            i32.const 1
            i32.shl
            i32.const 3
            i32.shl
            i32.add
            v128.load offset=32 align=1
            local.set 29
            local.get 12
            local.get 10
            i32.const 1
            i32.shl
            i32.const 3
            i32.shl
            i32.add
            v128.load offset=48 align=1
            local.set 30
            local.get 16
            local.get 29
            local.get 30
            v128.or
            v128.or
            local.set 16
            local.get 29
            f32x4.demote_f64x2_zero
            local.get 30
            f32x4.demote_f64x2_zero
            i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
            local.set 24
            local.get 23
            local.get 24
            i8x16.shuffle 0 1 2 3 8 9 10 11 16 17 18 19 24 25 26 27
            local.set 19
            local.get 23
            local.get 24
            i8x16.shuffle 4 5 6 7 12 13 14 15 20 21 22 23 28 29 30 31
            local.set 20
            local.get 19
            i32.const 1
            i32x4.shl
            local.set 23
            local.get 20
            i32.const 1
            i32x4.shl
            local.set 24
            local.get 17
            local.get 23
            local.get 24
            i32x4.max_u
            i32x4.max_u
            local.set 17
            local.get 18
            local.get 23
            i32.const 0
            v128.load offset=432 align=1
            i32x4.sub
            local.get 24
            i32.const 0
            v128.load offset=432 align=1
            i32x4.sub
            i32x4.min_u
            i32x4.min_u
            local.set 18
            local.get 32
            local.get 19
            f32x4.abs
            local.get 20
            f32x4.abs
            f32x4.max
            f32x4.max
            local.set 32
            local.get 14
            local.get 10
            i32.const 2
            i32.shl
            i32.add
            v128.load align=1
            local.set 21
            local.get 14
            local.get 7
            i32.add
            local.get 10
            i32.const 2
            i32.shl
            i32.add
            v128.load align=1
            local.set 22
            local.get 33
            local.get 21
            f32x4.abs
            local.get 22
            f32x4.abs
            f32x4.max
            f32x4.max
            local.set 33
            local.get 19
            local.get 21
            f32x4.mul
            local.set 25
            local.get 25
            i32.const 0
            v128.load offset=640 align=1
            f32x4.add
            i32.const 0
            v128.load offset=640 align=1
            f32x4.sub
            local.get 25
            i32.const 0
            v128.load offset=656 align=1
            v128.and
            v128.or
            local.get 25
            local.get 31
            f32x4.mul
            local.tee 26
            local.get 26
            local.get 25
            f32x4.sub
            f32x4.sub
            local.get 25
            f32x4.abs
            i32.const 0
            v128.load offset=672 align=1
            f32x4.lt
            v128.bitselect
            local.get 20
            local.get 22
            f32x4.mul
            local.set 25
            local.get 25
            i32.const 0
            v128.load offset=640 align=1
            f32x4.add
            i32.const 0
            v128.load offset=640 align=1
            f32x4.sub
            local.get 25
            i32.const 0
            v128.load offset=656 align=1
            v128.and
            v128.or
            local.get 25
            local.get 31
            f32x4.mul
            local.tee 26
            local.get 26
            local.get 25
            f32x4.sub
            f32x4.sub
            local.get 25
            f32x4.abs
            i32.const 0
            v128.load offset=672 align=1
            f32x4.lt
            v128.bitselect
            f32x4.sub
            local.set 25
            local.get 25
            i32.const 0
            v128.load offset=640 align=1
            f32x4.add
            i32.const 0
            v128.load offset=640 align=1
            f32x4.sub
            local.get 25
            i32.const 0
            v128.load offset=656 align=1
            v128.and
            v128.or
            local.get 25
            local.get 31
            f32x4.mul
            local.tee 26
            local.get 26
            local.get 25
            f32x4.sub
            f32x4.sub
            local.get 25
            f32x4.abs
            i32.const 0
            v128.load offset=672 align=1
            f32x4.lt
            v128.bitselect
            local.set 27
            local.get 19
            local.get 22
            f32x4.mul
            local.set 25
            local.get 25
            i32.const 0
            v128.load offset=640 align=1
            f32x4.add
            i32.const 0
            v128.load offset=640 align=1
            f32x4.sub
            local.get 25
            i32.const 0
            v128.load offset=656 align=1
            v128.and
            v128.or
            local.get 25
            local.get 31
            f32x4.mul
            local.tee 26
            local.get 26
            local.get 25
            f32x4.sub
            f32x4.sub
            local.get 25
            f32x4.abs
            i32.const 0
            v128.load offset=672 align=1
            f32x4.lt
            v128.bitselect
            local.get 20
            local.get 21
            f32x4.mul
            local.set 25
            local.get 25
            i32.const 0
            v128.load offset=640 align=1
            f32x4.add
            i32.const 0
            v128.load offset=640 align=1
            f32x4.sub
            local.get 25
            i32.const 0
            v128.load offset=656 align=1
            v128.and
            v128.or
            local.get 25
            local.get 31
            f32x4.mul
            local.tee 26
            local.get 26
            local.get 25
            f32x4.sub
            f32x4.sub
            local.get 25
            f32x4.abs
            i32.const 0
            v128.load offset=672 align=1
            f32x4.lt
            v128.bitselect
            f32x4.add
            local.set 25
            local.get 25
            i32.const 0
            v128.load offset=640 align=1
            f32x4.add
            i32.const 0
            v128.load offset=640 align=1
            f32x4.sub
            local.get 25
            i32.const 0
            v128.load offset=656 align=1
            v128.and
            v128.or
            local.get 25
            local.get 31
            f32x4.mul
            local.tee 26
            local.get 26
            local.get 25
            f32x4.sub
            f32x4.sub
            local.get 25
            f32x4.abs
            i32.const 0
            v128.load offset=672 align=1
            f32x4.lt
            v128.bitselect
            local.set 28
            local.get 27
            local.get 28
            i8x16.shuffle 0 1 2 3 16 17 18 19 4 5 6 7 20 21 22 23
            local.set 29
            local.get 27
            local.get 28
            i8x16.shuffle 8 9 10 11 24 25 26 27 12 13 14 15 28 29 30 31
            local.set 30
            local.get 13
            local.get 10
            i32.const 1
            i32.shl
            i32.const 2
            i32.shl
            i32.add
            local.get 29
            v128.store align=1
            local.get 13
            local.get 10
            i32.const 1
            i32.shl
            i32.const 2
            i32.shl
            i32.add
            local.get 30
            v128.store offset=16 align=1
            local.get 10
            i32.const 4
            i32.add
            local.set 10
            local.get 10
            local.get 2
            i32.ge_u
            i32.eqz
            br_if 0 (;@4;)
          end
        end
        local.get 3
        local.set 10
        block  ;; label = @3
          local.get 10
          local.get 1
          i32.ge_u
          br_if 0 (;@3;)
          loop  ;; label = @4
            local.get 12
            local.get 10
            i32.const 3
            i32.shl
            i32.add
            v128.load align=1
            local.set 29
            local.get 16
            local.get 29
            v128.or
            local.set 16
            local.get 29
            f32x4.demote_f64x2_zero
            local.set 30
            local.get 30
            i32.const 1
            i32x4.shl
            local.set 23
            local.get 30
            i32.const 1
            i32x4.shl
            local.set 24
            local.get 17
            local.get 23
            local.get 24
            i32x4.max_u
            i32x4.max_u
            local.set 17
            local.get 18
            local.get 23
            i32.const 0
            v128.load offset=432 align=1
            i32x4.sub
            local.get 24
            i32.const 0
            v128.load offset=432 align=1
            i32x4.sub
            i32x4.min_u
            i32x4.min_u
            local.set 18
            local.get 32
            local.get 30
            f32x4.abs
            local.get 30
            f32x4.abs
            f32x4.max
            f32x4.max
            local.set 32
            local.get 13
            local.get 10
            i32.const 2
            i32.shl
            i32.add
            local.get 30
            v128.store64_lane align=1 0
            local.get 10
            i32.const 2
            i32.add
            local.set 10
            local.get 10
            local.get 1
            i32.ge_u
            i32.eqz
            br_if 0 (;@4;)
          end
        end
        local.get 16
        i32.const 0
        v128.load offset=720 align=1
        v128.and
        v128.any_true
        local.get 17
        i32.const 0
        v128.load offset=736 align=1
        i32x4.lt_u
        local.get 18
        i32.const 0
        v128.load offset=752 align=1
        i32x4.ge_u
        v128.and
        i32x4.all_true
        i32.eqz
        i32.or
        local.get 32
        local.get 32
        local.get 32
        i8x16.shuffle 8 9 10 11 12 13 14 15 0 1 2 3 4 5 6 7
        f32x4.max
        local.set 34
        local.get 34
        local.get 34
        local.get 34
        i8x16.shuffle 4 5 6 7 0 1 2 3 12 13 14 15 8 9 10 11
        f32x4.max
        local.get 33
        local.get 33
        local.get 33
        i8x16.shuffle 8 9 10 11 12 13 14 15 0 1 2 3 4 5 6 7
        f32x4.max
        local.set 34
        local.get 34
        local.get 34
        local.get 34
        i8x16.shuffle 4 5 6 7 0 1 2 3 12 13 14 15 8 9 10 11
        f32x4.max
        f32x4.mul
        i32.const 0
        v128.load offset=768 align=1
        f32x4.le
        i32x4.all_true
        i32.eqz
        i32.or
        if  ;; label = @3
          local.get 8
          local.get 11
          i32.const 2
          i32.shl
          i32.add
          local.get 9
          i32.store
          local.get 11
          i32.const 1
          i32.add
          local.set 11
        end
        local.get 9
        i32.const 1
        i32.add
        local.set 9
        local.get 9
        local.get 0
        i32.ge_u
        i32.eqz
        br_if 0 (;@2;)
      end
    end
    local.get 11)
  (func (;13;) (type 13) (param i32 i32 i32 i32 i32 i32 i32 i32 i32) (result i32)
    (local i32 i32 i32 i32 i32 i32 i32 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128)
    i32.const 0
    v128.load offset=384 align=1
    local.set 31
    i32.const 0
    local.set 11
    local.get 1
    i32.const 3
    i32.shl
    local.set 15
    i32.const 0
    local.set 9
    block  ;; label = @1
      local.get 9
      local.get 0
      i32.ge_u
      br_if 0 (;@1;)
      loop  ;; label = @2
        local.get 4
        local.get 9
        local.get 15
        i32.mul
        i32.add
        local.set 12
        local.get 5
        local.get 9
        local.get 1
        i32.mul
        i32.const 3
        i32.shl
        i32.add
        local.set 13
        local.get 6
        local.get 9
        i32.const 2
        i32.shl
        i32.add
        i32.load
        local.set 14
        i32.const 0
        v128.load offset=400 align=1
        local.set 16
        i32.const 0
        v128.load offset=400 align=1
        local.set 17
        i32.const 0
        v128.load offset=416 align=1
        local.set 18
        i32.const 0
        v128.load offset=400 align=1
        local.set 32
        i32.const 0
        v128.load offset=400 align=1
        local.set 33
        i32.const 0
        local.set 10
        block  ;; label = @3
          local.get 10
          local.get 2
          i32.ge_u
          br_if 0 (;@3;)
          loop  ;; label = @4
            local.get 12
            local.get 10
            i32.const 3
            i32.shl
            i32.add
            v128.load align=1
            local.set 29
            local.get 12
            local.get 10
            i32.const 3
            i32.shl
            i32.add
            v128.load offset=16 align=1
            local.set 30
            local.get 16
            local.get 29
            local.get 30
            v128.or
            v128.or
            local.set 16
            local.get 29
            f32x4.demote_f64x2_zero
            local.get 30
            f32x4.demote_f64x2_zero
            i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
            local.set 19
            local.get 12
            local.get 10
            local.get 2
            i32.add
            i32.const 3
            i32.shl
            i32.add
            v128.load align=1
            local.set 29
            local.get 12
            local.get 10
            local.get 2
            i32.add
            i32.const 3
            i32.shl
            i32.add
            v128.load offset=16 align=1
            local.set 30
            local.get 16
            local.get 29
            local.get 30
            v128.or
            v128.or
            local.set 16
            local.get 29
            f32x4.demote_f64x2_zero
            local.get 30
            f32x4.demote_f64x2_zero
            i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
            local.set 20
            local.get 19
            i32.const 1
            i32x4.shl
            local.set 23
            local.get 20
            i32.const 1
            i32x4.shl
            local.set 24
            local.get 17
            local.get 23
            local.get 24
            i32x4.max_u
            i32x4.max_u
            local.set 17
            local.get 18
            local.get 23
            i32.const 0
            v128.load offset=432 align=1
            i32x4.sub
            local.get 24
            i32.const 0
            v128.load offset=432 align=1
            i32x4.sub
            i32x4.min_u
            i32x4.min_u
            local.set 18
            local.get 32
            local.get 19
            f32x4.abs
            local.get 20
            f32x4.abs
            f32x4.max
            f32x4.max
            local.set 32
            local.get 14
            local.get 10
            i32.const 2
            i32.shl
            i32.add
            v128.load align=1
            local.set 21
            local.get 14
            local.get 7
            i32.add
            local.get 10
            i32.const 2
            i32.shl
            i32.add
            v128.load align=1
            local.set 22
            local.get 33
            local.get 21
            f32x4.abs
            local.get 22
            f32x4.abs
            f32x4.max
            f32x4.max
            local.set 33
            local.get 19
            local.get 21
            f32x4.mul
            local.set 25
            local.get 25
            i32.const 0
            v128.load offset=640 align=1
            f32x4.add
            i32.const 0
            v128.load offset=640 align=1
            f32x4.sub
            local.get 25
            i32.const 0
            v128.load offset=656 align=1
            v128.and
            v128.or
            local.get 25
            local.get 31
            f32x4.mul
            local.tee 26
            local.get 26
            local.get 25
            f32x4.sub
            f32x4.sub
            local.get 25
            f32x4.abs
            i32.const 0
            v128.load offset=672 align=1
            f32x4.lt
            v128.bitselect
            local.get 20
            local.get 22
            f32x4.mul
            local.set 25
            local.get 25
            i32.const 0
            v128.load offset=640 align=1
            f32x4.add
            i32.const 0
            v128.load offset=640 align=1
            f32x4.sub
            local.get 25
            i32.const 0
            v128.load offset=656 align=1
            v128.and
            v128.or
            local.get 25
            local.get 31
            f32x4.mul
            local.tee 26
            local.get 26
            local.get 25
            f32x4.sub
            f32x4.sub
            local.get 25
            f32x4.abs
            i32.const 0
            v128.load offset=672 align=1
            f32x4.lt
            v128.bitselect
            f32x4.sub
            local.set 25
            local.get 25
            i32.const 0
            v128.load offset=640 align=1
            f32x4.add
            i32.const 0
            v128.load offset=640 align=1
            f32x4.sub
            local.get 25
            i32.const 0
            v128.load offset=656 align=1
            v128.and
            v128.or
            local.get 25
            local.get 31
            f32x4.mul
            local.tee 26
            local.get 26
            local.get 25
            f32x4.sub
            f32x4.sub
            local.get 25
            f32x4.abs
            i32.const 0
            v128.load offset=672 align=1
            f32x4.lt
            v128.bitselect
            local.set 27
            local.get 19
            local.get 22
            f32x4.mul
            local.set 25
            local.get 25
            i32.const 0
            v128.load offset=640 align=1
            f32x4.add
            i32.const 0
            v128.load offset=640 align=1
            f32x4.sub
            local.get 25
            i32.const 0
            v128.load offset=656 align=1
            v128.and
            v128.or
            local.get 25
            local.get 31
            f32x4.mul
            local.tee 26
            local.get 26
            local.get 25
            f32x4.sub
            f32x4.sub
            local.get 25
            f32x4.abs
            i32.const 0
            v128.load offset=672 align=1
            f32x4.lt
            v128.bitselect
            local.get 20
            local.get 21
            f32x4.mul
            local.set 25
            local.get 25
            i32.const 0
            v128.load offset=640 align=1
            f32x4.add
            i32.const 0
            v128.load offset=640 align=1
            f32x4.sub
            local.get 25
            i32.const 0
            v128.load offset=656 align=1
            v128.and
            v128.or
            local.get 25
            local.get 31
            f32x4.mul
            local.tee 26
            local.get 26
            local.get 25
            f32x4.sub
            f32x4.sub
            local.get 25
            f32x4.abs
            i32.const 0
            v128.load offset=672 align=1
            f32x4.lt
            v128.bitselect
            f32x4.add
            local.set 25
            local.get 25
            i32.const 0
            v128.load offset=640 align=1
            f32x4.add
            i32.const 0
            v128.load offset=640 align=1
            f32x4.sub
            local.get 25
            i32.const 0
            v128.load offset=656 align=1
            v128.and
            v128.or
            local.get 25
            local.get 31
            f32x4.mul
            local.tee 26
            local.get 26
            local.get 25
            f32x4.sub
            f32x4.sub
            local.get 25
            f32x4.abs
            i32.const 0
            v128.load offset=672 align=1
            f32x4.lt
            v128.bitselect
            local.set 28
            local.get 13
            local.get 10
            i32.const 3
            i32.shl
            i32.add
            local.get 27
            f64x2.promote_low_f32x4
            v128.store align=1
            local.get 13
            local.get 10
            i32.const 3
            i32.shl
            i32.add
            local.get 27
            local.get 27
            i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
            f64x2.promote_low_f32x4
            v128.store offset=16 align=1
            local.get 13
            local.get 10
            local.get 2
            i32.add
            i32.const 3
            i32.shl
            i32.add
            local.get 28
            f64x2.promote_low_f32x4
            v128.store align=1
            local.get 13
            local.get 10
            local.get 2
            i32.add
            i32.const 3
            i32.shl
            i32.add
            local.get 28
            local.get 28
            i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
            f64x2.promote_low_f32x4
            v128.store offset=16 align=1
            local.get 10
            i32.const 4
            i32.add
            local.set 10
            local.get 10
            local.get 2
            i32.ge_u
            i32.eqz
            br_if 0 (;@4;)
          end
        end
        local.get 3
        local.set 10
        block  ;; label = @3
          local.get 10
          local.get 1
          i32.ge_u
          br_if 0 (;@3;)
          loop  ;; label = @4
            local.get 12
            local.get 10
            i32.const 3
            i32.shl
            i32.add
            v128.load align=1
            local.set 29
            local.get 16
            local.get 29
            v128.or
            local.set 16
            local.get 29
            f32x4.demote_f64x2_zero
            local.set 30
            local.get 30
            i32.const 1
            i32x4.shl
            local.set 23
            local.get 30
            i32.const 1
            i32x4.shl
            local.set 24
            local.get 17
            local.get 23
            local.get 24
            i32x4.max_u
            i32x4.max_u
            local.set 17
            local.get 18
            local.get 23
            i32.const 0
            v128.load offset=432 align=1
            i32x4.sub
            local.get 24
            i32.const 0
            v128.load offset=432 align=1
            i32x4.sub
            i32x4.min_u
            i32x4.min_u
            local.set 18
            local.get 32
            local.get 30
            f32x4.abs
            local.get 30
            f32x4.abs
            f32x4.max
            f32x4.max
            local.set 32
            local.get 13
            local.get 10
            i32.const 3
            i32.shl
            i32.add
            local.get 30
            f64x2.promote_low_f32x4
            v128.store align=1
            local.get 10
            i32.const 2
            i32.add
            local.set 10
            local.get 10
            local.get 1
            i32.ge_u
            i32.eqz
            br_if 0 (;@4;)
          end
        end
        local.get 16
        i32.const 0
        v128.load offset=720 align=1
        v128.and
        v128.any_true
        local.get 17
        i32.const 0
        v128.load offset=736 align=1
        i32x4.lt_u
        local.get 18
        i32.const 0
        v128.load offset=752 align=1
        i32x4.ge_u
        v128.and
        i32x4.all_true
        i32.eqz
        i32.or
        local.get 32
        local.get 32
        local.get 32
        i8x16.shuffle 8 9 10 11 12 13 14 15 0 1 2 3 4 5 6 7
        f32x4.max
        local.set 34
        local.get 34
        local.get 34
        local.get 34
        i8x16.shuffle 4 5 6 7 0 1 2 3 12 13 14 15 8 9 10 11
        f32x4.max
        local.get 33
        local.get 33
        local.get 33
        i8x16.shuffle 8 9 10 11 12 13 14 15 0 1 2 3 4 5 6 7
        f32x4.max
        local.set 34
        local.get 34
        local.get 34
        local.get 34
        i8x16.shuffle 4 5 6 7 0 1 2 3 12 13 14 15 8 9 10 11
        f32x4.max
        f32x4.mul
        i32.const 0
        v128.load offset=768 align=1
        f32x4.le
        i32x4.all_true
        i32.eqz
        i32.or
        if  ;; label = @3
          local.get 8
          local.get 11
          i32.const 2
          i32.shl
          i32.add
          local.get 9
          i32.store
          local.get 11
          i32.const 1
          i32.add
          local.set 11
        end
        local.get 9
        i32.const 1
        i32.add
        local.set 9
        local.get 9
        local.get 0
        i32.ge_u
        i32.eqz
        br_if 0 (;@2;)
      end
    end
    local.get 11)
  (func (;14;) (type 14) (param i32 i32 i32 i32 i32 i32 i32 i32 i32) (result i32)
    (local i32 i32 i32 i32 i32 i32 i32 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128)
    i32.const 0
    v128.load offset=384 align=1
    local.set 31
    i32.const 0
    local.set 11
    local.get 1
    i32.const 3
    i32.shl
    local.set 15
    i32.const 0
    local.set 9
    block  ;; label = @1
      local.get 9
      local.get 0
      i32.ge_u
      br_if 0 (;@1;)
      loop  ;; label = @2
        local.get 4
        local.get 9
        local.get 15
        i32.mul
        i32.add
        local.set 12
        local.get 5
        local.get 9
        local.get 1
        i32.mul
        i32.const 3
        i32.shl
        i32.add
        local.set 13
        local.get 6
        local.get 9
        i32.const 2
        i32.shl
        i32.add
        i32.load
        local.set 14
        i32.const 0
        v128.load offset=400 align=1
        local.set 16
        i32.const 0
        v128.load offset=400 align=1
        local.set 17
        i32.const 0
        v128.load offset=416 align=1
        local.set 18
        i32.const 0
        v128.load offset=400 align=1
        local.set 32
        i32.const 0
        v128.load offset=400 align=1
        local.set 33
        i32.const 0
        local.set 10
        block  ;; label = @3
          local.get 10
          local.get 2
          i32.ge_u
          br_if 0 (;@3;)
          loop  ;; label = @4
            local.get 12
            local.get 10
            i32.const 1
            i32.shl
            i32.const 3
            i32.shl
            i32.add
            v128.load align=1
            local.set 29
            local.get 12
            local.get 10
            i32.const 1
            i32.shl
            i32.const 3
            i32.shl
            i32.add
            v128.load offset=16 align=1
            local.set 30
            local.get 16
            local.get 29
            local.get 30
            v128.or
            v128.or
            local.set 16
            local.get 29
            f32x4.demote_f64x2_zero
            local.get 30
            f32x4.demote_f64x2_zero
            i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
            local.set 23
            local.get 12
            local.get 10
            i32.const 1
            i32.shl
            i32.const 3
            i32.shl
            i32.add
            v128.load offset=32 align=1
            local.set 29
            local.get 12
            local.get 10
            i32.const 1
            i32.shl
            i32.const 3
            i32.shl
            i32.add
            v128.load offset=48 align=1
            local.set 30
            local.get 16
            local.get 29
            local.get 30
            v128.or
            v128.or
            local.set 16
            local.get 29
            f32x4.demote_f64x2_zero
            local.get 30
            f32x4.demote_f64x2_zero
            i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
            local.set 24
            local.get 23
            local.get 24
            i8x16.shuffle 0 1 2 3 8 9 10 11 16 17 18 19 24 25 26 27
            local.set 19
            local.get 23
            local.get 24
            i8x16.shuffle 4 5 6 7 12 13 14 15 20 21 22 23 28 29 30 31
            local.set 20
            local.get 19
            i32.const 1
            i32x4.shl
            local.set 23
            local.get 20
            i32.const 1
            i32x4.shl
            local.set 24
            local.get 17
            local.get 23
            local.get 24
            i32x4.max_u
            i32x4.max_u
            local.set 17
            local.get 18
            local.get 23
            i32.const 0
            v128.load offset=432 align=1
            i32x4.sub
            local.get 24
            i32.const 0
            v128.load offset=432 align=1
            i32x4.sub
            i32x4.min_u
            i32x4.min_u
            local.set 18
            local.get 32
            local.get 19
            f32x4.abs
            local.get 20
            f32x4.abs
            f32x4.max
            f32x4.max
            local.set 32
            local.get 14
            local.get 10
            i32.const 2
            i32.shl
            i32.add
            v128.load align=1
            local.set 21
            local.get 14
            local.get 7
            i32.add
            local.get 10
            i32.const 2
            i32.shl
            i32.add
            v128.load align=1
            local.set 22
            local.get 33
            local.get 21
            f32x4.abs
            local.get 22
            f32x4.abs
            f32x4.max
            f32x4.max
            local.set 33
            local.get 19
            local.get 21
            f32x4.mul
            local.set 25
            local.get 25
            i32.const 0
            v128.load offset=640 align=1
            f32x4.add
            i32.const 0
            v128.load offset=640 align=1
            f32x4.sub
            local.get 25
            i32.const 0
            v128.load offset=656 align=1
            v128.and
            v128.or
            local.get 25
            local.get 31
            f32x4.mul
            local.tee 26
            local.get 26
            local.get 25
            f32x4.sub
            f32x4.sub
            local.get 25
            f32x4.abs
            i32.const 0
            v128.load offset=672 align=1
            f32x4.lt
            v128.bitselect
            local.get 20
            local.get 22
            f32x4.mul
            local.set 25
            local.get 25
            i32.const 0
            v128.load offset=640 align=1
            f32x4.add
            i32.const 0
            v128.load offset=640 align=1
            f32x4.sub
            local.get 25
            i32.const 0
            v128.load offset=656 align=1
            v128.and
            v128.or
            local.get 25
            local.get 31
            f32x4.mul
            local.tee 26
            local.get 26
            local.get 25
            f32x4.sub
            f32x4.sub
            local.get 25
            f32x4.abs
            i32.const 0
            v128.load offset=672 align=1
            f32x4.lt
            v128.bitselect
            f32x4.sub
            local.set 25
            local.get 25
            i32.const 0
            v128.load offset=640 align=1
            f32x4.add
            i32.const 0
            v128.load offset=640 align=1
            f32x4.sub
            local.get 25
            i32.const 0
            v128.load offset=656 align=1
            v128.and
            v128.or
            local.get 25
            local.get 31
            f32x4.mul
            local.tee 26
            local.get 26
            local.get 25
            f32x4.sub
            f32x4.sub
            local.get 25
            f32x4.abs
            i32.const 0
            v128.load offset=672 align=1
            f32x4.lt
            v128.bitselect
            local.set 27
            local.get 19
            local.get 22
            f32x4.mul
            local.set 25
            local.get 25
            i32.const 0
            v128.load offset=640 align=1
            f32x4.add
            i32.const 0
            v128.load offset=640 align=1
            f32x4.sub
            local.get 25
            i32.const 0
            v128.load offset=656 align=1
            v128.and
            v128.or
            local.get 25
            local.get 31
            f32x4.mul
            local.tee 26
            local.get 26
            local.get 25
            f32x4.sub
            f32x4.sub
            local.get 25
            f32x4.abs
            i32.const 0
            v128.load offset=672 align=1
            f32x4.lt
            v128.bitselect
            local.get 20
            local.get 21
            f32x4.mul
            local.set 25
            local.get 25
            i32.const 0
            v128.load offset=640 align=1
            f32x4.add
            i32.const 0
            v128.load offset=640 align=1
            f32x4.sub
            local.get 25
            i32.const 0
            v128.load offset=656 align=1
            v128.and
            v128.or
            local.get 25
            local.get 31
            f32x4.mul
            local.tee 26
            local.get 26
            local.get 25
            f32x4.sub
            f32x4.sub
            local.get 25
            f32x4.abs
            i32.const 0
            v128.load offset=672 align=1
            f32x4.lt
            v128.bitselect
            f32x4.add
            local.set 25
            local.get 25
            i32.const 0
            v128.load offset=640 align=1
            f32x4.add
            i32.const 0
            v128.load offset=640 align=1
            f32x4.sub
            local.get 25
            i32.const 0
            v128.load offset=656 align=1
            v128.and
            v128.or
            local.get 25
            local.get 31
            f32x4.mul
            local.tee 26
            local.get 26
            local.get 25
            f32x4.sub
            f32x4.sub
            local.get 25
            f32x4.abs
            i32.const 0
            v128.load offset=672 align=1
            f32x4.lt
            v128.bitselect
            local.set 28
            local.get 27
            local.get 28
            i8x16.shuffle 0 1 2 3 16 17 18 19 4 5 6 7 20 21 22 23
            local.set 29
            local.get 27
            local.get 28
            i8x16.shuffle 8 9 10 11 24 25 26 27 12 13 14 15 28 29 30 31
            local.set 30
            local.get 13
            local.get 10
            i32.const 1
            i32.shl
            i32.const 3
            i32.shl
            i32.add
            local.get 29
            f64x2.promote_low_f32x4
            v128.store align=1
            local.get 13
            local.get 10
            i32.const 1
            i32.shl
            i32.const 3
            i32.shl
            i32.add
            local.get 29
            local.get 29
            i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
            f64x2.promote_low_f32x4
            v128.store offset=16 align=1
            local.get 13
            local.get 10
            i32.const 1
            i32.shl
            i32.const 3
            i32.shl
            i32.add
            local.get 30
            f64x2.promote_low_f32x4
            v128.store offset=32 align=1
            local.get 13
            local.get 10
            i32.const 1
            i32.shl
            i32.const 3
            i32.shl
            i32.add
            local.get 30
            local.get 30
            i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
            f64x2.promote_low_f32x4
            v128.store offset=48 align=1
            local.get 10
            i32.const 4
            i32.add
            local.set 10
            local.get 10
            local.get 2
            i32.ge_u
            i32.eqz
            br_if 0 (;@4;)
          end
        end
        local.get 3
        local.set 10
        block  ;; label = @3
          local.get 10
          local.get 1
          i32.ge_u
          br_if 0 (;@3;)
          loop  ;; label = @4
            local.get 12
            local.get 10
            i32.const 3
            i32.shl
            i32.add
            v128.load align=1
            local.set 29
            local.get 16
            local.get 29
            v128.or
            local.set 16
            local.get 29
            f32x4.demote_f64x2_zero
            local.set 30
            local.get 30
            i32.const 1
            i32x4.shl
            local.set 23
            local.get 30
            i32.const 1
            i32x4.shl
            local.set 24
            local.get 17
            local.get 23
            local.get 24
            i32x4.max_u
            i32x4.max_u
            local.set 17
            local.get 18
            local.get 23
            i32.const 0
            v128.load offset=432 align=1
            i32x4.sub
            local.get 24
            i32.const 0
            v128.load offset=432 align=1
            i32x4.sub
            i32x4.min_u
            i32x4.min_u
            local.set 18
            local.get 32
            local.get 30
            f32x4.abs
            local.get 30
            f32x4.abs
            f32x4.max
            f32x4.max
            local.set 32
            local.get 13
            local.get 10
            i32.const 3
            i32.shl
            i32.add
            local.get 30
            f64x2.promote_low_f32x4
            v128.store align=1
            local.get 10
            i32.const 2
            i32.add
            local.set 10
            local.get 10
            local.get 1
            i32.ge_u
            i32.eqz
            br_if 0 (;@4;)
          end
        end
        local.get 16
        i32.const 0
        v128.load offset=720 align=1
        v128.and
        v128.any_true
        local.get 17
        i32.const 0
        v128.load offset=736 align=1
        i32x4.lt_u
        local.get 18
        i32.const 0
        v128.load offset=752 align=1
        i32x4.ge_u
        v128.and
        i32x4.all_true
        i32.eqz
        i32.or
        local.get 32
        local.get 32
        local.get 32
        i8x16.shuffle 8 9 10 11 12 13 14 15 0 1 2 3 4 5 6 7
        f32x4.max
        local.set 34
        local.get 34
        local.get 34
        local.get 34
        i8x16.shuffle 4 5 6 7 0 1 2 3 12 13 14 15 8 9 10 11
        f32x4.max
        local.get 33
        local.get 33
        local.get 33
        i8x16.shuffle 8 9 10 11 12 13 14 15 0 1 2 3 4 5 6 7
        f32x4.max
        local.set 34
        local.get 34
        local.get 34
        local.get 34
        i8x16.shuffle 4 5 6 7 0 1 2 3 12 13 14 15 8 9 10 11
        f32x4.max
        f32x4.mul
        i32.const 0
        v128.load offset=768 align=1
        f32x4.le
        i32x4.all_true
        i32.eqz
        i32.or
        if  ;; label = @3
          local.get 8
          local.get 11
          i32.const 2
          i32.shl
          i32.add
          local.get 9
          i32.store
          local.get 11
          i32.const 1
          i32.add
          local.set 11
        end
        local.get 9
        i32.const 1
        i32.add
        local.set 9
        local.get 9
        local.get 0
        i32.ge_u
        i32.eqz
        br_if 0 (;@2;)
      end
    end
    local.get 11)
  (func (;15;) (type 15) (param i32 i32 i32 i32 f32 i32 i32) (result i32)
    (local i32 i32 i32 i32 i32 v128 v128 v128 v128 v128 v128 v128)
    local.get 4
    f32x4.splat
    local.set 12
    i32.const 0
    local.set 10
    local.get 5
    i32.const 0
    i32.ne
    i32.eqz
    if  ;; label = @1
      i32.const 0
      local.set 7
      block  ;; label = @2
        local.get 7
        local.get 2
        i32.ge_u
        br_if 0 (;@2;)
        loop  ;; label = @3
          i32.const 0
          v128.load offset=400 align=1
          local.set 17
          i32.const 0
          v128.load offset=416 align=1
          local.set 18
          i32.const 0
          local.set 8
          block  ;; label = @4
            local.get 8
            local.get 3
            i32.ge_u
            br_if 0 (;@4;)
            loop  ;; label = @5
              local.get 0
              local.get 7
              local.get 3
              i32.mul
              i32.add
              local.get 8
              i32.add
              local.set 9
              local.get 9
              v128.load align=1
              local.get 12
              f32x4.mul
              local.set 13
              local.get 9
              local.get 13
              v128.store align=1
              local.get 13
              i32.const 1
              i32x4.shl
              local.set 16
              local.get 17
              local.get 16
              i32x4.max_u
              local.set 17
              local.get 18
              local.get 16
              i32.const 0
              v128.load offset=432 align=1
              i32x4.sub
              i32x4.min_u
              local.set 18
              local.get 9
              local.get 1
              i32.add
              v128.load align=1
              local.get 12
              f32x4.mul
              local.set 13
              local.get 9
              local.get 1
              i32.add
              local.get 13
              v128.store align=1
              local.get 13
              i32.const 1
              i32x4.shl
              local.set 16
              local.get 17
              local.get 16
              i32x4.max_u
              local.set 17
              local.get 18
              local.get 16
              i32.const 0
              v128.load offset=432 align=1
              i32x4.sub
              i32x4.min_u
              local.set 18
              local.get 8
              i32.const 16
              i32.add
              local.set 8
              local.get 8
              local.get 3
              i32.ge_u
              i32.eqz
              br_if 0 (;@5;)
            end
          end
          local.get 17
          i32.const 0
          v128.load offset=480 align=1
          i32x4.lt_u
          local.get 18
          i32.const 0
          v128.load offset=784 align=1
          i32x4.ge_u
          v128.and
          i32x4.all_true
          i32.eqz
          local.set 11
          local.get 6
          local.get 7
          i32.const 2
          i32.shl
          i32.add
          local.get 11
          i32.store
          local.get 10
          local.get 11
          i32.add
          local.set 10
          local.get 7
          i32.const 1
          i32.add
          local.set 7
          local.get 7
          local.get 2
          i32.ge_u
          i32.eqz
          br_if 0 (;@3;)
        end
      end
    end
    local.get 5
    i32.const 1
    i32.ne
    i32.eqz
    if  ;; label = @1
      i32.const 0
      local.set 7
      block  ;; label = @2
        local.get 7
        local.get 2
        i32.ge_u
        br_if 0 (;@2;)
        loop  ;; label = @3
          i32.const 0
          v128.load offset=400 align=1
          local.set 17
          i32.const 0
          v128.load offset=416 align=1
          local.set 18
          i32.const 0
          local.set 8
          block  ;; label = @4
            local.get 8
            local.get 3
            i32.ge_u
            br_if 0 (;@4;)
            loop  ;; label = @5
              local.get 0
              local.get 7
              local.get 3
              i32.mul
              i32.add
              local.get 8
              i32.add
              local.set 9
              local.get 9
              v128.load align=1
              local.get 12
              f32x4.mul
              local.set 13
              local.get 13
              i32.const 0
              v128.load offset=448 align=1
              i32x4.add
              local.get 13
              i32.const 16
              i32x4.shr_u
              i32.const 0
              v128.load offset=432 align=1
              v128.and
              i32x4.add
              i32.const 0
              v128.load offset=464 align=1
              v128.and
              local.set 13
              local.get 9
              local.get 13
              v128.store align=1
              local.get 13
              i32.const 1
              i32x4.shl
              local.set 16
              local.get 17
              local.get 16
              i32x4.max_u
              local.set 17
              local.get 18
              local.get 16
              i32.const 0
              v128.load offset=432 align=1
              i32x4.sub
              i32x4.min_u
              local.set 18
              local.get 9
              local.get 1
              i32.add
              v128.load align=1
              local.get 12
              f32x4.mul
              local.set 13
              local.get 13
              i32.const 0
              v128.load offset=448 align=1
              i32x4.add
              local.get 13
              i32.const 16
              i32x4.shr_u
              i32.const 0
              v128.load offset=432 align=1
              v128.and
              i32x4.add
              i32.const 0
              v128.load offset=464 align=1
              v128.and
              local.set 13
              local.get 9
              local.get 1
              i32.add
              local.get 13
              v128.store align=1
              local.get 13
              i32.const 1
              i32x4.shl
              local.set 16
              local.get 17
              local.get 16
              i32x4.max_u
              local.set 17
              local.get 18
              local.get 16
              i32.const 0
              v128.load offset=432 align=1
              i32x4.sub
              i32x4.min_u
              local.set 18
              local.get 8
              i32.const 16
              i32.add
              local.set 8
              local.get 8
              local.get 3
              i32.ge_u
              i32.eqz
              br_if 0 (;@5;)
            end
          end
          local.get 17
          i32.const 0
          v128.load offset=480 align=1
          i32x4.lt_u
          local.get 18
          i32.const 0
          v128.load offset=784 align=1
          i32x4.ge_u
          v128.and
          i32x4.all_true
          i32.eqz
          local.set 11
          local.get 6
          local.get 7
          i32.const 2
          i32.shl
          i32.add
          local.get 11
          i32.store
          local.get 10
          local.get 11
          i32.add
          local.set 10
          local.get 7
          i32.const 1
          i32.add
          local.set 7
          local.get 7
          local.get 2
          i32.ge_u
          i32.eqz
          br_if 0 (;@3;)
        end
      end
    end
    local.get 5
    i32.const 2
    i32.ne
    i32.eqz
    if  ;; label = @1
      i32.const 0
      local.set 7
      block  ;; label = @2
        local.get 7
        local.get 2
        i32.ge_u
        br_if 0 (;@2;)
        loop  ;; label = @3
          i32.const 0
          v128.load offset=400 align=1
          local.set 17
          i32.const 0
          v128.load offset=416 align=1
          local.set 18
          i32.const 0
          local.set 8
          block  ;; label = @4
            local.get 8
            local.get 3
            i32.ge_u
            br_if 0 (;@4;)
            loop  ;; label = @5
              local.get 0
              local.get 7
              local.get 3
              i32.mul
              i32.add
              local.get 8
              i32.add
              local.set 9
              local.get 9
              v128.load align=1
              local.get 12
              f32x4.mul
              local.set 13
              local.get 13
              i32.const 0
              v128.load offset=832 align=1
              v128.and
              local.set 14
              local.get 14
              i32.const 0
              v128.load offset=848 align=1
              i32x4.min_u
              local.set 15
              local.get 14
              i32.const 0
              v128.load offset=640 align=1
              f32x4.add
              i32.const 0
              v128.load offset=640 align=1
              i32x4.sub
              local.get 15
              i32.const 0
              v128.load offset=800 align=1
              i32x4.add
              local.get 15
              i32.const 13
              i32x4.shr_u
              i32.const 0
              v128.load offset=432 align=1
              v128.and
              i32x4.add
              i32.const 13
              i32x4.shr_u
              local.get 14
              i32.const 0
              v128.load offset=672 align=1
              i32x4.lt_s
              v128.bitselect
              local.get 13
              i32.const 16
              i32x4.shr_u
              i32.const 0
              v128.load offset=816 align=1
              v128.and
              v128.or
              local.set 13
              local.get 13
              i32.const 0
              v128.load offset=448 align=1
              v128.and
              local.set 14
              i32.const 0
              v128.load offset=880 align=1
              local.get 14
              i32.const 13
              i32x4.shl
              i32.const 0
              v128.load offset=864 align=1
              f32x4.mul
              local.get 14
              i32.const 0
              v128.load offset=896 align=1
              i32x4.eq
              v128.bitselect
              local.get 13
              i32.const 0
              v128.load offset=816 align=1
              v128.and
              i32.const 16
              i32x4.shl
              v128.or
              local.set 13
              local.get 9
              local.get 13
              v128.store align=1
              local.get 13
              i32.const 1
              i32x4.shl
              local.set 16
              local.get 17
              local.get 16
              i32x4.max_u
              local.set 17
              local.get 18
              local.get 16
              i32.const 0
              v128.load offset=432 align=1
              i32x4.sub
              i32x4.min_u
              local.set 18
              local.get 9
              local.get 1
              i32.add
              v128.load align=1
              local.get 12
              f32x4.mul
              local.set 13
              local.get 13
              i32.const 0
              v128.load offset=832 align=1
              v128.and
              local.set 14
              local.get 14
              i32.const 0
              v128.load offset=848 align=1
              i32x4.min_u
              local.set 15
              local.get 14
              i32.const 0
              v128.load offset=640 align=1
              f32x4.add
              i32.const 0
              v128.load offset=640 align=1
              i32x4.sub
              local.get 15
              i32.const 0
              v128.load offset=800 align=1
              i32x4.add
              local.get 15
              i32.const 13
              i32x4.shr_u
              i32.const 0
              v128.load offset=432 align=1
              v128.and
              i32x4.add
              i32.const 13
              i32x4.shr_u
              local.get 14
              i32.const 0
              v128.load offset=672 align=1
              i32x4.lt_s
              v128.bitselect
              local.get 13
              i32.const 16
              i32x4.shr_u
              i32.const 0
              v128.load offset=816 align=1
              v128.and
              v128.or
              local.set 13
              local.get 13
              i32.const 0
              v128.load offset=448 align=1
              v128.and
              local.set 14
              i32.const 0
              v128.load offset=880 align=1
              local.get 14
              i32.const 13
              i32x4.shl
              i32.const 0
              v128.load offset=864 align=1
              f32x4.mul
              local.get 14
              i32.const 0
              v128.load offset=896 align=1
              i32x4.eq
              v128.bitselect
              local.get 13
              i32.const 0
              v128.load offset=816 align=1
              v128.and
              i32.const 16
              i32x4.shl
              v128.or
              local.set 13
              local.get 9
              local.get 1
              i32.add
              local.get 13
              v128.store align=1
              local.get 13
              i32.const 1
              i32x4.shl
              local.set 16
              local.get 17
              local.get 16
              i32x4.max_u
              local.set 17
              local.get 18
              local.get 16
              i32.const 0
              v128.load offset=432 align=1
              i32x4.sub
              i32x4.min_u
              local.set 18
              local.get 8
              i32.const 16
              i32.add
              local.set 8
              local.get 8
              local.get 3
              i32.ge_u
              i32.eqz
              br_if 0 (;@5;)
            end
          end
          local.get 17
          i32.const 0
          v128.load offset=480 align=1
          i32x4.lt_u
          local.get 18
          i32.const 0
          v128.load offset=784 align=1
          i32x4.ge_u
          v128.and
          i32x4.all_true
          i32.eqz
          local.set 11
          local.get 6
          local.get 7
          i32.const 2
          i32.shl
          i32.add
          local.get 11
          i32.store
          local.get 10
          local.get 11
          i32.add
          local.set 10
          local.get 7
          i32.const 1
          i32.add
          local.set 7
          local.get 7
          local.get 2
          i32.ge_u
          i32.eqz
          br_if 0 (;@3;)
        end
      end
    end
    local.get 10)
  (func (;16;) (type 16) (param i32 i32 i32 i32 i32 i32 i32 i32 i32 i32) (result i32)
    (local i32 i32 i32 i32 i32 i32 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 i32)
    i32.const 0
    local.set 12
    local.get 9
    v128.load align=1
    local.set 32
    local.get 7
    i32.const 0
    i32.ne
    i32.eqz
    local.get 8
    i32.const 0
    i32.ne
    i32.eqz
    i32.and
    if  ;; label = @1
      i32.const 0
      local.set 10
      block  ;; label = @2
        local.get 10
        local.get 0
        i32.ge_u
        br_if 0 (;@2;)
        loop  ;; label = @3
          local.get 3
          local.get 10
          local.get 1
          i32.mul
          i32.const 3
          i32.shl
          i32.add
          local.set 13
          local.get 4
          local.get 10
          i32.const 2
          i32.shl
          i32.add
          i32.load
          local.set 15
          i32.const 0
          v128.load offset=400 align=1
          local.set 28
          i32.const 0
          v128.load offset=416 align=1
          local.set 29
          i32.const 0
          v128.load offset=400 align=1
          local.set 30
          i32.const 0
          v128.load offset=416 align=1
          local.set 31
          i32.const 0
          local.set 11
          block  ;; label = @4
            local.get 11
            local.get 2
            i32.ge_u
            br_if 0 (;@4;)
            loop  ;; label = @5
              local.get 13
              local.get 11
              i32.const 3
              i32.shl
              i32.add
              v128.load align=1
              local.set 33
              local.get 13
              local.get 11
              i32.const 3
              i32.shl
              i32.add
              v128.load offset=16 align=1
              local.set 34
              local.get 13
              local.get 11
              local.get 2
              i32.add
              i32.const 3
              i32.shl
              i32.add
              v128.load align=1
              local.set 35
              local.get 13
              local.get 11
              local.get 2
              i32.add
              i32.const 3
              i32.shl
              i32.add
              v128.load offset=16 align=1
              local.set 36
              local.get 30
              local.get 33
              v128.or
              local.set 30
              local.get 31
              local.get 33
              f32x4.demote_f64x2_zero
              f64x2.promote_low_f32x4
              local.get 33
              f64x2.eq
              v128.and
              local.set 31
              local.get 30
              local.get 34
              v128.or
              local.set 30
              local.get 31
              local.get 34
              f32x4.demote_f64x2_zero
              f64x2.promote_low_f32x4
              local.get 34
              f64x2.eq
              v128.and
              local.set 31
              local.get 30
              local.get 35
              v128.or
              local.set 30
              local.get 31
              local.get 35
              f32x4.demote_f64x2_zero
              f64x2.promote_low_f32x4
              local.get 35
              f64x2.eq
              v128.and
              local.set 31
              local.get 30
              local.get 36
              v128.or
              local.set 30
              local.get 31
              local.get 36
              f32x4.demote_f64x2_zero
              f64x2.promote_low_f32x4
              local.get 36
              f64x2.eq
              v128.and
              local.set 31
              local.get 33
              f32x4.demote_f64x2_zero
              local.get 34
              f32x4.demote_f64x2_zero
              i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
              local.set 16
              local.get 35
              f32x4.demote_f64x2_zero
              local.get 36
              f32x4.demote_f64x2_zero
              i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
              local.set 17
              local.get 16
              i32.const 1
              i32x4.shl
              local.set 26
              local.get 28
              local.get 26
              i32x4.max_u
              local.set 28
              local.get 29
              local.get 26
              i32.const 0
              v128.load offset=432 align=1
              i32x4.sub
              i32x4.min_u
              local.set 29
              local.get 17
              i32.const 1
              i32x4.shl
              local.set 26
              local.get 28
              local.get 26
              i32x4.max_u
              local.set 28
              local.get 29
              local.get 26
              i32.const 0
              v128.load offset=432 align=1
              i32x4.sub
              i32x4.min_u
              local.set 29
              local.get 15
              local.get 11
              i32.const 2
              i32.shl
              i32.add
              v128.load align=1
              local.set 18
              local.get 15
              local.get 5
              i32.add
              local.get 11
              i32.const 2
              i32.shl
              i32.add
              v128.load align=1
              local.set 19
              local.get 16
              local.get 18
              f32x4.mul
              local.get 17
              local.get 19
              f32x4.mul
              f32x4.sub
              local.set 20
              local.get 16
              local.get 19
              f32x4.mul
              local.get 17
              local.get 18
              f32x4.mul
              f32x4.add
              local.set 21
              local.get 13
              local.get 11
              i32.const 3
              i32.shl
              i32.add
              local.get 20
              f64x2.promote_low_f32x4
              v128.store align=1
              local.get 13
              local.get 11
              i32.const 3
              i32.shl
              i32.add
              local.get 20
              local.get 20
              i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
              f64x2.promote_low_f32x4
              v128.store offset=16 align=1
              local.get 13
              local.get 11
              local.get 2
              i32.add
              i32.const 3
              i32.shl
              i32.add
              local.get 21
              f64x2.promote_low_f32x4
              v128.store align=1
              local.get 13
              local.get 11
              local.get 2
              i32.add
              i32.const 3
              i32.shl
              i32.add
              local.get 21
              local.get 21
              i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
              f64x2.promote_low_f32x4
              v128.store offset=16 align=1
              local.get 11
              i32.const 4
              i32.add
              local.set 11
              local.get 11
              local.get 2
              i32.ge_u
              i32.eqz
              br_if 0 (;@5;)
            end
          end
          local.get 28
          i32.const 0
          v128.load offset=912 align=1
          i32x4.lt_u
          local.get 29
          i32.const 0
          v128.load offset=784 align=1
          i32x4.ge_u
          v128.and
          i32x4.all_true
          local.get 31
          i32x4.all_true
          i32.and
          local.get 30
          local.get 32
          v128.and
          v128.any_true
          i32.eqz
          i32.and
          i32.eqz
          if  ;; label = @4
            local.get 6
            local.get 12
            i32.const 2
            i32.shl
            i32.add
            local.get 10
            i32.store
            local.get 12
            i32.const 1
            i32.add
            local.set 12
          end
          local.get 10
          i32.const 1
          i32.add
          local.set 10
          local.get 10
          local.get 0
          i32.ge_u
          i32.eqz
          br_if 0 (;@3;)
        end
      end
    end
    local.get 7
    i32.const 0
    i32.ne
    i32.eqz
    local.get 8
    i32.const 1
    i32.ne
    i32.eqz
    i32.and
    if  ;; label = @1
      i32.const 0
      local.set 10
      block  ;; label = @2
        local.get 10
        local.get 0
        i32.ge_u
        br_if 0 (;@2;)
        loop  ;; label = @3
          local.get 3
          local.get 10
          local.get 1
          i32.mul
          i32.const 3
          i32.shl
          i32.add
          local.set 13
          local.get 4
          local.get 10
          i32.const 2
          i32.shl
          i32.add
          i32.load
          local.set 15
          i32.const 0
          v128.load offset=400 align=1
          local.set 28
          i32.const 0
          v128.load offset=416 align=1
          local.set 29
          i32.const 0
          v128.load offset=400 align=1
          local.set 30
          i32.const 0
          v128.load offset=416 align=1
          local.set 31
          i32.const 0
          local.set 11
          block  ;; label = @4
            local.get 11
            local.get 2
            i32.ge_u
            br_if 0 (;@4;)
            loop  ;; label = @5
              local.get 13
              local.get 11
              i32.const 3
              i32.shl
              i32.add
              v128.load align=1
              local.set 33
              local.get 13
              local.get 11
              i32.const 3
              i32.shl
              i32.add
              v128.load offset=16 align=1
              local.set 34
              local.get 13
              local.get 11
              local.get 2
              i32.add
              i32.const 3
              i32.shl
              i32.add
              v128.load align=1
              local.set 35
              local.get 13
              local.get 11
              local.get 2
              i32.add
              i32.const 3
              i32.shl
              i32.add
              v128.load offset=16 align=1
              local.set 36
              local.get 30
              local.get 33
              v128.or
              local.set 30
              local.get 31
              local.get 33
              f32x4.demote_f64x2_zero
              f64x2.promote_low_f32x4
              local.get 33
              f64x2.eq
              v128.and
              local.set 31
              local.get 30
              local.get 34
              v128.or
              local.set 30
              local.get 31
              local.get 34
              f32x4.demote_f64x2_zero
              f64x2.promote_low_f32x4
              local.get 34
              f64x2.eq
              v128.and
              local.set 31
              local.get 30
              local.get 35
              v128.or
              local.set 30
              local.get 31
              local.get 35
              f32x4.demote_f64x2_zero
              f64x2.promote_low_f32x4
              local.get 35
              f64x2.eq
              v128.and
              local.set 31
              local.get 30
              local.get 36
              v128.or
              local.set 30
              local.get 31
              local.get 36
              f32x4.demote_f64x2_zero
              f64x2.promote_low_f32x4
              local.get 36
              f64x2.eq
              v128.and
              local.set 31
              local.get 33
              f32x4.demote_f64x2_zero
              local.get 34
              f32x4.demote_f64x2_zero
              i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
              local.set 16
              local.get 35
              f32x4.demote_f64x2_zero
              local.get 36
              f32x4.demote_f64x2_zero
              i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
              local.set 17
              local.get 16
              i32.const 1
              i32x4.shl
              local.set 26
              local.get 28
              local.get 26
              i32x4.max_u
              local.set 28
              local.get 29
              local.get 26
              i32.const 0
              v128.load offset=432 align=1
              i32x4.sub
              i32x4.min_u
              local.set 29
              local.get 17
              i32.const 1
              i32x4.shl
              local.set 26
              local.get 28
              local.get 26
              i32x4.max_u
              local.set 28
              local.get 29
              local.get 26
              i32.const 0
              v128.load offset=432 align=1
              i32x4.sub
              i32x4.min_u
              local.set 29
              local.get 15
              local.get 11
              i32.const 2
              i32.shl
              i32.add
              v128.load align=1
              local.set 18
              local.get 15
              local.get 5
              i32.add
              local.get 11
              i32.const 2
              i32.shl
              i32.add
              v128.load align=1
              local.set 19
              local.get 16
              local.get 18
              f32x4.mul
              local.get 17
              local.get 19
              f32x4.mul
              f32x4.sub
              local.set 20
              local.get 16
              local.get 19
              f32x4.mul
              local.get 17
              local.get 18
              f32x4.mul
              f32x4.add
              local.set 21
              local.get 20
              i32.const 0
              v128.load offset=448 align=1
              i32x4.add
              local.get 20
              i32.const 16
              i32x4.shr_u
              i32.const 0
              v128.load offset=432 align=1
              v128.and
              i32x4.add
              i32.const 0
              v128.load offset=464 align=1
              v128.and
              local.set 20
              local.get 21
              i32.const 0
              v128.load offset=448 align=1
              i32x4.add
              local.get 21
              i32.const 16
              i32x4.shr_u
              i32.const 0
              v128.load offset=432 align=1
              v128.and
              i32x4.add
              i32.const 0
              v128.load offset=464 align=1
              v128.and
              local.set 21
              local.get 13
              local.get 11
              i32.const 3
              i32.shl
              i32.add
              local.get 20
              f64x2.promote_low_f32x4
              v128.store align=1
              local.get 13
              local.get 11
              i32.const 3
              i32.shl
              i32.add
              local.get 20
              local.get 20
              i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
              f64x2.promote_low_f32x4
              v128.store offset=16 align=1
              local.get 13
              local.get 11
              local.get 2
              i32.add
              i32.const 3
              i32.shl
              i32.add
              local.get 21
              f64x2.promote_low_f32x4
              v128.store align=1
              local.get 13
              local.get 11
              local.get 2
              i32.add
              i32.const 3
              i32.shl
              i32.add
              local.get 21
              local.get 21
              i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
              f64x2.promote_low_f32x4
              v128.store offset=16 align=1
              local.get 11
              i32.const 4
              i32.add
              local.set 11
              local.get 11
              local.get 2
              i32.ge_u
              i32.eqz
              br_if 0 (;@5;)
            end
          end
          local.get 28
          i32.const 0
          v128.load offset=912 align=1
          i32x4.lt_u
          local.get 29
          i32.const 0
          v128.load offset=784 align=1
          i32x4.ge_u
          v128.and
          i32x4.all_true
          local.get 31
          i32x4.all_true
          i32.and
          local.get 30
          local.get 32
          v128.and
          v128.any_true
          i32.eqz
          i32.and
          i32.eqz
          if  ;; label = @4
            local.get 6
            local.get 12
            i32.const 2
            i32.shl
            i32.add
            local.get 10
            i32.store
            local.get 12
            i32.const 1
            i32.add
            local.set 12
          end
          local.get 10
          i32.const 1
          i32.add
          local.set 10
          local.get 10
          local.get 0
          i32.ge_u
          i32.eqz
          br_if 0 (;@3;)
        end
      end
    end
    local.get 7
    i32.const 0
    i32.ne
    i32.eqz
    local.get 8
    i32.const 2
    i32.ne
    i32.eqz
    i32.and
    if  ;; label = @1
      i32.const 0
      local.set 10
      block  ;; label = @2
        local.get 10
        local.get 0
        i32.ge_u
        br_if 0 (;@2;)
        loop  ;; label = @3
          local.get 3
          local.get 10
          local.get 1
          i32.mul
          i32.const 3
          i32.shl
          i32.add
          local.set 13
          local.get 4
          local.get 10
          i32.const 2
          i32.shl
          i32.add
          i32.load
          local.set 15
          i32.const 0
          v128.load offset=400 align=1
          local.set 28
          i32.const 0
          v128.load offset=416 align=1
          local.set 29
          i32.const 0
          v128.load offset=400 align=1
          local.set 30
          i32.const 0
          v128.load offset=416 align=1
          local.set 31
          i32.const 0
          local.set 11
          block  ;; label = @4
            local.get 11
            local.get 2
            i32.ge_u
            br_if 0 (;@4;)
            loop  ;; label = @5
              local.get 13
              local.get 11
              i32.const 3
              i32.shl
              i32.add
              v128.load align=1
              local.set 33
              local.get 13
              local.get 11
              i32.const 3
              i32.shl
              i32.add
              v128.load offset=16 align=1
              local.set 34
              local.get 13
              local.get 11
              local.get 2
              i32.add
              i32.const 3
              i32.shl
              i32.add
              v128.load align=1
              local.set 35
              local.get 13
              local.get 11
              local.get 2
              i32.add
              i32.const 3
              i32.shl
              i32.add
              v128.load offset=16 align=1
              local.set 36
              local.get 30
              local.get 33
              v128.or
              local.set 30
              local.get 31
              local.get 33
              f32x4.demote_f64x2_zero
              f64x2.promote_low_f32x4
              local.get 33
              f64x2.eq
              v128.and
              local.set 31
              local.get 30
              local.get 34
              v128.or
              local.set 30
              local.get 31
              local.get 34
              f32x4.demote_f64x2_zero
              f64x2.promote_low_f32x4
              local.get 34
              f64x2.eq
              v128.and
              local.set 31
              local.get 30
              local.get 35
              v128.or
              local.set 30
              local.get 31
              local.get 35
              f32x4.demote_f64x2_zero
              f64x2.promote_low_f32x4
              local.get 35
              f64x2.eq
              v128.and
              local.set 31
              local.get 30
              local.get 36
              v128.or
              local.set 30
              local.get 31
              local.get 36
              f32x4.demote_f64x2_zero
              f64x2.promote_low_f32x4
              local.get 36
              f64x2.eq
              v128.and
              local.set 31
              local.get 33
              f32x4.demote_f64x2_zero
              local.get 34
              f32x4.demote_f64x2_zero
              i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
              local.set 16
              local.get 35
              f32x4.demote_f64x2_zero
              local.get 36
              f32x4.demote_f64x2_zero
              i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
              local.set 17
              local.get 16
              i32.const 1
              i32x4.shl
              local.set 26
              local.get 28
              local.get 26
              i32x4.max_u
              local.set 28
              local.get 29
              local.get 26
              i32.const 0
              v128.load offset=432 align=1
              i32x4.sub
              i32x4.min_u
              local.set 29
              local.get 17
              i32.const 1
              i32x4.shl
              local.set 26
              local.get 28
              local.get 26
              i32x4.max_u
              local.set 28
              local.get 29
              local.get 26
              i32.const 0
              v128.load offset=432 align=1
              i32x4.sub
              i32x4.min_u
              local.set 29
              local.get 15
              local.get 11
              i32.const 2
              i32.shl
              i32.add
              v128.load align=1
              local.set 18
              local.get 15
              local.get 5
              i32.add
              local.get 11
              i32.const 2
              i32.shl
              i32.add
              v128.load align=1
              local.set 19
              local.get 16
              local.get 18
              f32x4.mul
              local.get 17
              local.get 19
              f32x4.mul
              f32x4.sub
              local.set 20
              local.get 16
              local.get 19
              f32x4.mul
              local.get 17
              local.get 18
              f32x4.mul
              f32x4.add
              local.set 21
              local.get 20
              i32.const 0
              v128.load offset=832 align=1
              v128.and
              local.set 27
              local.get 27
              i32.const 0
              v128.load offset=848 align=1
              i32x4.min_u
              local.set 42
              local.get 27
              i32.const 0
              v128.load offset=640 align=1
              f32x4.add
              i32.const 0
              v128.load offset=640 align=1
              i32x4.sub
              local.get 42
              i32.const 0
              v128.load offset=800 align=1
              i32x4.add
              local.get 42
              i32.const 13
              i32x4.shr_u
              i32.const 0
              v128.load offset=432 align=1
              v128.and
              i32x4.add
              i32.const 13
              i32x4.shr_u
              local.get 27
              i32.const 0
              v128.load offset=672 align=1
              i32x4.lt_s
              v128.bitselect
              local.get 20
              i32.const 16
              i32x4.shr_u
              i32.const 0
              v128.load offset=816 align=1
              v128.and
              v128.or
              local.set 41
              local.get 41
              i32.const 0
              v128.load offset=448 align=1
              v128.and
              local.set 27
              i32.const 0
              v128.load offset=880 align=1
              local.get 27
              i32.const 13
              i32x4.shl
              i32.const 0
              v128.load offset=864 align=1
              f32x4.mul
              local.get 27
              i32.const 0
              v128.load offset=896 align=1
              i32x4.eq
              v128.bitselect
              local.get 41
              i32.const 0
              v128.load offset=816 align=1
              v128.and
              i32.const 16
              i32x4.shl
              v128.or
              local.set 20
              local.get 21
              i32.const 0
              v128.load offset=832 align=1
              v128.and
              local.set 27
              local.get 27
              i32.const 0
              v128.load offset=848 align=1
              i32x4.min_u
              local.set 42
              local.get 27
              i32.const 0
              v128.load offset=640 align=1
              f32x4.add
              i32.const 0
              v128.load offset=640 align=1
              i32x4.sub
              local.get 42
              i32.const 0
              v128.load offset=800 align=1
              i32x4.add
              local.get 42
              i32.const 13
              i32x4.shr_u
              i32.const 0
              v128.load offset=432 align=1
              v128.and
              i32x4.add
              i32.const 13
              i32x4.shr_u
              local.get 27
              i32.const 0
              v128.load offset=672 align=1
              i32x4.lt_s
              v128.bitselect
              local.get 21
              i32.const 16
              i32x4.shr_u
              i32.const 0
              v128.load offset=816 align=1
              v128.and
              v128.or
              local.set 41
              local.get 41
              i32.const 0
              v128.load offset=448 align=1
              v128.and
              local.set 27
              i32.const 0
              v128.load offset=880 align=1
              local.get 27
              i32.const 13
              i32x4.shl
              i32.const 0
              v128.load offset=864 align=1
              f32x4.mul
              local.get 27
              i32.const 0
              v128.load offset=896 align=1
              i32x4.eq
              v128.bitselect
              local.get 41
              i32.const 0
              v128.load offset=816 align=1
              v128.and
              i32.const 16
              i32x4.shl
              v128.or
              local.set 21
              local.get 13
              local.get 11
              i32.const 3
              i32.shl
              i32.add
              local.get 20
              f64x2.promote_low_f32x4
              v128.store align=1
              local.get 13
              local.get 11
              i32.const 3
              i32.shl
              i32.add
              local.get 20
              local.get 20
              i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
              f64x2.promote_low_f32x4
              v128.store offset=16 align=1
              local.get 13
              local.get 11
              local.get 2
              i32.add
              i32.const 3
              i32.shl
              i32.add
              local.get 21
              f64x2.promote_low_f32x4
              v128.store align=1
              local.get 13
              local.get 11
              local.get 2
              i32.add
              i32.const 3
              i32.shl
              i32.add
              local.get 21
              local.get 21
              i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
              f64x2.promote_low_f32x4
              v128.store offset=16 align=1
              local.get 11
              i32.const 4
              i32.add
              local.set 11
              local.get 11
              local.get 2
              i32.ge_u
              i32.eqz
              br_if 0 (;@5;)
            end
          end
          local.get 28
          i32.const 0
          v128.load offset=912 align=1
          i32x4.lt_u
          local.get 29
          i32.const 0
          v128.load offset=784 align=1
          i32x4.ge_u
          v128.and
          i32x4.all_true
          local.get 31
          i32x4.all_true
          i32.and
          local.get 30
          local.get 32
          v128.and
          v128.any_true
          i32.eqz
          i32.and
          i32.eqz
          if  ;; label = @4
            local.get 6
            local.get 12
            i32.const 2
            i32.shl
            i32.add
            local.get 10
            i32.store
            local.get 12
            i32.const 1
            i32.add
            local.set 12
          end
          local.get 10
          i32.const 1
          i32.add
          local.set 10
          local.get 10
          local.get 0
          i32.ge_u
          i32.eqz
          br_if 0 (;@3;)
        end
      end
    end
    local.get 7
    i32.const 1
    i32.ne
    i32.eqz
    local.get 8
    i32.const 0
    i32.ne
    i32.eqz
    i32.and
    if  ;; label = @1
      i32.const 0
      local.set 10
      block  ;; label = @2
        local.get 10
        local.get 0
        i32.ge_u
        br_if 0 (;@2;)
        loop  ;; label = @3
          local.get 3
          local.get 10
          local.get 1
          i32.mul
          i32.const 3
          i32.shl
          i32.add
          local.set 13
          local.get 4
          local.get 10
          i32.const 2
          i32.shl
          i32.add
          i32.load
          local.set 15
          i32.const 0
          v128.load offset=400 align=1
          local.set 28
          i32.const 0
          v128.load offset=416 align=1
          local.set 29
          i32.const 0
          local.set 11
          block  ;; label = @4
            local.get 11
            local.get 2
            i32.ge_u
            br_if 0 (;@4;)
            loop  ;; label = @5
              local.get 13
              local.get 11
              i32.const 3
              i32.shl
              i32.add
              v128.load align=1
              local.set 33
              local.get 13
              local.get 11
              i32.const 3
              i32.shl
              i32.add
              v128.load offset=16 align=1
              local.set 34
              local.get 13
              local.get 11
              local.get 2
              i32.add
              i32.const 3
              i32.shl
              i32.add
              v128.load align=1
              local.set 35
              local.get 13
              local.get 11
              local.get 2
              i32.add
              i32.const 3
              i32.shl
              i32.add
              v128.load offset=16 align=1
              local.set 36
              local.get 33
              f32x4.demote_f64x2_zero
              local.get 34
              f32x4.demote_f64x2_zero
              i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
              local.set 16
              local.get 35
              f32x4.demote_f64x2_zero
              local.get 36
              f32x4.demote_f64x2_zero
              i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
              local.set 17
              local.get 16
              i32.const 1
              i32x4.shl
              local.set 26
              local.get 28
              local.get 26
              i32x4.max_u
              local.set 28
              local.get 29
              local.get 26
              i32.const 0
              v128.load offset=432 align=1
              i32x4.sub
              i32x4.min_u
              local.set 29
              local.get 17
              i32.const 1
              i32x4.shl
              local.set 26
              local.get 28
              local.get 26
              i32x4.max_u
              local.set 28
              local.get 29
              local.get 26
              i32.const 0
              v128.load offset=432 align=1
              i32x4.sub
              i32x4.min_u
              local.set 29
              local.get 15
              local.get 11
              i32.const 2
              i32.shl
              i32.add
              v128.load align=1
              local.set 18
              local.get 15
              local.get 5
              i32.add
              local.get 11
              i32.const 2
              i32.shl
              i32.add
              v128.load align=1
              local.set 19
              local.get 18
              f64x2.promote_low_f32x4
              local.set 37
              local.get 18
              local.get 18
              i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
              f64x2.promote_low_f32x4
              local.set 38
              local.get 19
              f64x2.promote_low_f32x4
              local.set 39
              local.get 19
              local.get 19
              i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
              f64x2.promote_low_f32x4
              local.set 40
              local.get 33
              local.get 37
              f64x2.mul
              f32x4.demote_f64x2_zero
              f64x2.promote_low_f32x4
              local.get 35
              local.get 39
              f64x2.mul
              f32x4.demote_f64x2_zero
              f64x2.promote_low_f32x4
              f64x2.sub
              f32x4.demote_f64x2_zero
              local.set 22
              local.get 33
              local.get 39
              f64x2.mul
              f32x4.demote_f64x2_zero
              f64x2.promote_low_f32x4
              local.get 35
              local.get 37
              f64x2.mul
              f32x4.demote_f64x2_zero
              f64x2.promote_low_f32x4
              f64x2.add
              f32x4.demote_f64x2_zero
              local.set 23
              local.get 34
              local.get 38
              f64x2.mul
              f32x4.demote_f64x2_zero
              f64x2.promote_low_f32x4
              local.get 36
              local.get 40
              f64x2.mul
              f32x4.demote_f64x2_zero
              f64x2.promote_low_f32x4
              f64x2.sub
              f32x4.demote_f64x2_zero
              local.set 24
              local.get 34
              local.get 40
              f64x2.mul
              f32x4.demote_f64x2_zero
              f64x2.promote_low_f32x4
              local.get 36
              local.get 38
              f64x2.mul
              f32x4.demote_f64x2_zero
              f64x2.promote_low_f32x4
              f64x2.add
              f32x4.demote_f64x2_zero
              local.set 25
              local.get 22
              local.get 24
              i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
              local.set 20
              local.get 23
              local.get 25
              i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
              local.set 21
              local.get 13
              local.get 11
              i32.const 3
              i32.shl
              i32.add
              local.get 20
              f64x2.promote_low_f32x4
              v128.store align=1
              local.get 13
              local.get 11
              i32.const 3
              i32.shl
              i32.add
              local.get 20
              local.get 20
              i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
              f64x2.promote_low_f32x4
              v128.store offset=16 align=1
              local.get 13
              local.get 11
              local.get 2
              i32.add
              i32.const 3
              i32.shl
              i32.add
              local.get 21
              f64x2.promote_low_f32x4
              v128.store align=1
              local.get 13
              local.get 11
              local.get 2
              i32.add
              i32.const 3
              i32.shl
              i32.add
              local.get 21
              local.get 21
              i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
              f64x2.promote_low_f32x4
              v128.store offset=16 align=1
              local.get 11
              i32.const 4
              i32.add
              local.set 11
              local.get 11
              local.get 2
              i32.ge_u
              i32.eqz
              br_if 0 (;@5;)
            end
          end
          local.get 28
          i32.const 0
          v128.load offset=912 align=1
          i32x4.lt_u
          i32x4.all_true
          i32.eqz
          if  ;; label = @4
            local.get 6
            local.get 12
            i32.const 2
            i32.shl
            i32.add
            local.get 10
            i32.store
            local.get 12
            i32.const 1
            i32.add
            local.set 12
          end
          local.get 10
          i32.const 1
          i32.add
          local.set 10
          local.get 10
          local.get 0
          i32.ge_u
          i32.eqz
          br_if 0 (;@3;)
        end
      end
    end
    local.get 7
    i32.const 1
    i32.ne
    i32.eqz
    local.get 8
    i32.const 1
    i32.ne
    i32.eqz
    i32.and
    if  ;; label = @1
      i32.const 0
      local.set 10
      block  ;; label = @2
        local.get 10
        local.get 0
        i32.ge_u
        br_if 0 (;@2;)
        loop  ;; label = @3
          local.get 3
          local.get 10
          local.get 1
          i32.mul
          i32.const 3
          i32.shl
          i32.add
          local.set 13
          local.get 4
          local.get 10
          i32.const 2
          i32.shl
          i32.add
          i32.load
          local.set 15
          i32.const 0
          v128.load offset=400 align=1
          local.set 28
          i32.const 0
          v128.load offset=416 align=1
          local.set 29
          i32.const 0
          local.set 11
          block  ;; label = @4
            local.get 11
            local.get 2
            i32.ge_u
            br_if 0 (;@4;)
            loop  ;; label = @5
              local.get 13
              local.get 11
              i32.const 3
              i32.shl
              i32.add
              v128.load align=1
              local.set 33
              local.get 13
              local.get 11
              i32.const 3
              i32.shl
              i32.add
              v128.load offset=16 align=1
              local.set 34
              local.get 13
              local.get 11
              local.get 2
              i32.add
              i32.const 3
              i32.shl
              i32.add
              v128.load align=1
              local.set 35
              local.get 13
              local.get 11
              local.get 2
              i32.add
              i32.const 3
              i32.shl
              i32.add
              v128.load offset=16 align=1
              local.set 36
              local.get 33
              f32x4.demote_f64x2_zero
              local.get 34
              f32x4.demote_f64x2_zero
              i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
              local.set 16
              local.get 35
              f32x4.demote_f64x2_zero
              local.get 36
              f32x4.demote_f64x2_zero
              i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
              local.set 17
              local.get 16
              i32.const 1
              i32x4.shl
              local.set 26
              local.get 28
              local.get 26
              i32x4.max_u
              local.set 28
              local.get 29
              local.get 26
              i32.const 0
              v128.load offset=432 align=1
              i32x4.sub
              i32x4.min_u
              local.set 29
              local.get 17
              i32.const 1
              i32x4.shl
              local.set 26
              local.get 28
              local.get 26
              i32x4.max_u
              local.set 28
              local.get 29
              local.get 26
              i32.const 0
              v128.load offset=432 align=1
              i32x4.sub
              i32x4.min_u
              local.set 29
              local.get 15
              local.get 11
              i32.const 2
              i32.shl
              i32.add
              v128.load align=1
              local.set 18
              local.get 15
              local.get 5
              i32.add
              local.get 11
              i32.const 2
              i32.shl
              i32.add
              v128.load align=1
              local.set 19
              local.get 18
              f64x2.promote_low_f32x4
              local.set 37
              local.get 18
              local.get 18
              i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
              f64x2.promote_low_f32x4
              local.set 38
              local.get 19
              f64x2.promote_low_f32x4
              local.set 39
              local.get 19
              local.get 19
              i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
              f64x2.promote_low_f32x4
              local.set 40
              local.get 33
              local.get 37
              f64x2.mul
              f32x4.demote_f64x2_zero
              f64x2.promote_low_f32x4
              local.get 35
              local.get 39
              f64x2.mul
              f32x4.demote_f64x2_zero
              f64x2.promote_low_f32x4
              f64x2.sub
              f32x4.demote_f64x2_zero
              local.set 22
              local.get 33
              local.get 39
              f64x2.mul
              f32x4.demote_f64x2_zero
              f64x2.promote_low_f32x4
              local.get 35
              local.get 37
              f64x2.mul
              f32x4.demote_f64x2_zero
              f64x2.promote_low_f32x4
              f64x2.add
              f32x4.demote_f64x2_zero
              local.set 23
              local.get 34
              local.get 38
              f64x2.mul
              f32x4.demote_f64x2_zero
              f64x2.promote_low_f32x4
              local.get 36
              local.get 40
              f64x2.mul
              f32x4.demote_f64x2_zero
              f64x2.promote_low_f32x4
              f64x2.sub
              f32x4.demote_f64x2_zero
              local.set 24
              local.get 34
              local.get 40
              f64x2.mul
              f32x4.demote_f64x2_zero
              f64x2.promote_low_f32x4
              local.get 36
              local.get 38
              f64x2.mul
              f32x4.demote_f64x2_zero
              f64x2.promote_low_f32x4
              f64x2.add
              f32x4.demote_f64x2_zero
              local.set 25
              local.get 22
              local.get 24
              i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
              local.set 20
              local.get 23
              local.get 25
              i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
              local.set 21
              local.get 20
              i32.const 0
              v128.load offset=448 align=1
              i32x4.add
              local.get 20
              i32.const 16
              i32x4.shr_u
              i32.const 0
              v128.load offset=432 align=1
              v128.and
              i32x4.add
              i32.const 0
              v128.load offset=464 align=1
              v128.and
              local.set 20
              local.get 21
              i32.const 0
              v128.load offset=448 align=1
              i32x4.add
              local.get 21
              i32.const 16
              i32x4.shr_u
              i32.const 0
              v128.load offset=432 align=1
              v128.and
              i32x4.add
              i32.const 0
              v128.load offset=464 align=1
              v128.and
              local.set 21
              local.get 13
              local.get 11
              i32.const 3
              i32.shl
              i32.add
              local.get 20
              f64x2.promote_low_f32x4
              v128.store align=1
              local.get 13
              local.get 11
              i32.const 3
              i32.shl
              i32.add
              local.get 20
              local.get 20
              i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
              f64x2.promote_low_f32x4
              v128.store offset=16 align=1
              local.get 13
              local.get 11
              local.get 2
              i32.add
              i32.const 3
              i32.shl
              i32.add
              local.get 21
              f64x2.promote_low_f32x4
              v128.store align=1
              local.get 13
              local.get 11
              local.get 2
              i32.add
              i32.const 3
              i32.shl
              i32.add
              local.get 21
              local.get 21
              i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
              f64x2.promote_low_f32x4
              v128.store offset=16 align=1
              local.get 11
              i32.const 4
              i32.add
              local.set 11
              local.get 11
              local.get 2
              i32.ge_u
              i32.eqz
              br_if 0 (;@5;)
            end
          end
          local.get 28
          i32.const 0
          v128.load offset=912 align=1
          i32x4.lt_u
          i32x4.all_true
          i32.eqz
          if  ;; label = @4
            local.get 6
            local.get 12
            i32.const 2
            i32.shl
            i32.add
            local.get 10
            i32.store
            local.get 12
            i32.const 1
            i32.add
            local.set 12
          end
          local.get 10
          i32.const 1
          i32.add
          local.set 10
          local.get 10
          local.get 0
          i32.ge_u
          i32.eqz
          br_if 0 (;@3;)
        end
      end
    end
    local.get 7
    i32.const 1
    i32.ne
    i32.eqz
    local.get 8
    i32.const 2
    i32.ne
    i32.eqz
    i32.and
    if  ;; label = @1
      i32.const 0
      local.set 10
      block  ;; label = @2
        local.get 10
        local.get 0
        i32.ge_u
        br_if 0 (;@2;)
        loop  ;; label = @3
          local.get 3
          local.get 10
          local.get 1
          i32.mul
          i32.const 3
          i32.shl
          i32.add
          local.set 13
          local.get 4
          local.get 10
          i32.const 2
          i32.shl
          i32.add
          i32.load
          local.set 15
          i32.const 0
          v128.load offset=400 align=1
          local.set 28
          i32.const 0
          v128.load offset=416 align=1
          local.set 29
          i32.const 0
          local.set 11
          block  ;; label = @4
            local.get 11
            local.get 2
            i32.ge_u
            br_if 0 (;@4;)
            loop  ;; label = @5
              local.get 13
              local.get 11
              i32.const 3
              i32.shl
              i32.add
              v128.load align=1
              local.set 33
              local.get 13
              local.get 11
              i32.const 3
              i32.shl
              i32.add
              v128.load offset=16 align=1
              local.set 34
              local.get 13
              local.get 11
              local.get 2
              i32.add
              i32.const 3
              i32.shl
              i32.add
              v128.load align=1
              local.set 35
              local.get 13
              local.get 11
              local.get 2
              i32.add
              i32.const 3
              i32.shl
              i32.add
              v128.load offset=16 align=1
              local.set 36
              local.get 33
              f32x4.demote_f64x2_zero
              local.get 34
              f32x4.demote_f64x2_zero
              i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
              local.set 16
              local.get 35
              f32x4.demote_f64x2_zero
              local.get 36
              f32x4.demote_f64x2_zero
              i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
              local.set 17
              local.get 16
              i32.const 1
              i32x4.shl
              local.set 26
              local.get 28
              local.get 26
              i32x4.max_u
              local.set 28
              local.get 29
              local.get 26
              i32.const 0
              v128.load offset=432 align=1
              i32x4.sub
              i32x4.min_u
              local.set 29
              local.get 17
              i32.const 1
              i32x4.shl
              local.set 26
              local.get 28
              local.get 26
              i32x4.max_u
              local.set 28
              local.get 29
              local.get 26
              i32.const 0
              v128.load offset=432 align=1
              i32x4.sub
              i32x4.min_u
              local.set 29
              local.get 15
              local.get 11
              i32.const 2
              i32.shl
              i32.add
              v128.load align=1
              local.set 18
              local.get 15
              local.get 5
              i32.add
              local.get 11
              i32.const 2
              i32.shl
              i32.add
              v128.load align=1
              local.set 19
              local.get 18
              f64x2.promote_low_f32x4
              local.set 37
              local.get 18
              local.get 18
              i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
              f64x2.promote_low_f32x4
              local.set 38
              local.get 19
              f64x2.promote_low_f32x4
              local.set 39
              local.get 19
              local.get 19
              i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
              f64x2.promote_low_f32x4
              local.set 40
              local.get 33
              local.get 37
              f64x2.mul
              f32x4.demote_f64x2_zero
              f64x2.promote_low_f32x4
              local.get 35
              local.get 39
              f64x2.mul
              f32x4.demote_f64x2_zero
              f64x2.promote_low_f32x4
              f64x2.sub
              f32x4.demote_f64x2_zero
              local.set 22
              local.get 33
              local.get 39
              f64x2.mul
              f32x4.demote_f64x2_zero
              f64x2.promote_low_f32x4
              local.get 35
              local.get 37
              f64x2.mul
              f32x4.demote_f64x2_zero
              f64x2.promote_low_f32x4
              f64x2.add
              f32x4.demote_f64x2_zero
              local.set 23
              local.get 34
              local.get 38
              f64x2.mul
              f32x4.demote_f64x2_zero
              f64x2.promote_low_f32x4
              local.get 36
              local.get 40
              f64x2.mul
              f32x4.demote_f64x2_zero
              f64x2.promote_low_f32x4
              f64x2.sub
              f32x4.demote_f64x2_zero
              local.set 24
              local.get 34
              local.get 40
              f64x2.mul
              f32x4.demote_f64x2_zero
              f64x2.promote_low_f32x4
              local.get 36
              local.get 38
              f64x2.mul
              f32x4.demote_f64x2_zero
              f64x2.promote_low_f32x4
              f64x2.add
              f32x4.demote_f64x2_zero
              local.set 25
              local.get 22
              local.get 24
              i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
              local.set 20
              local.get 23
              local.get 25
              i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
              local.set 21
              local.get 20
              i32.const 0
              v128.load offset=832 align=1
              v128.and
              local.set 27
              local.get 27
              i32.const 0
              v128.load offset=848 align=1
              i32x4.min_u
              local.set 42
              local.get 27
              i32.const 0
              v128.load offset=640 align=1
              f32x4.add
              i32.const 0
              v128.load offset=640 align=1
              i32x4.sub
              local.get 42
              i32.const 0
              v128.load offset=800 align=1
              i32x4.add
              local.get 42
              i32.const 13
              i32x4.shr_u
              i32.const 0
              v128.load offset=432 align=1
              v128.and
              i32x4.add
              i32.const 13
              i32x4.shr_u
              local.get 27
              i32.const 0
              v128.load offset=672 align=1
              i32x4.lt_s
              v128.bitselect
              local.get 20
              i32.const 16
              i32x4.shr_u
              i32.const 0
              v128.load offset=816 align=1
              v128.and
              v128.or
              local.set 41
              local.get 41
              i32.const 0
              v128.load offset=448 align=1
              v128.and
              local.set 27
              i32.const 0
              v128.load offset=880 align=1
              local.get 27
              i32.const 13
              i32x4.shl
              i32.const 0
              v128.load offset=864 align=1
              f32x4.mul
              local.get 27
              i32.const 0
              v128.load offset=896 align=1
              i32x4.eq
              v128.bitselect
              local.get 41
              i32.const 0
              v128.load offset=816 align=1
              v128.and
              i32.const 16
              i32x4.shl
              v128.or
              local.set 20
              local.get 21
              i32.const 0
              v128.load offset=832 align=1
              v128.and
              local.set 27
              local.get 27
              i32.const 0
              v128.load offset=848 align=1
              i32x4.min_u
              local.set 42
              local.get 27
              i32.const 0
              v128.load offset=640 align=1
              f32x4.add
              i32.const 0
              v128.load offset=640 align=1
              i32x4.sub
              local.get 42
              i32.const 0
              v128.load offset=800 align=1
              i32x4.add
              local.get 42
              i32.const 13
              i32x4.shr_u
              i32.const 0
              v128.load offset=432 align=1
              v128.and
              i32x4.add
              i32.const 13
              i32x4.shr_u
              local.get 27
              i32.const 0
              v128.load offset=672 align=1
              i32x4.lt_s
              v128.bitselect
              local.get 21
              i32.const 16
              i32x4.shr_u
              i32.const 0
              v128.load offset=816 align=1
              v128.and
              v128.or
              local.set 41
              local.get 41
              i32.const 0
              v128.load offset=448 align=1
              v128.and
              local.set 27
              i32.const 0
              v128.load offset=880 align=1
              local.get 27
              i32.const 13
              i32x4.shl
              i32.const 0
              v128.load offset=864 align=1
              f32x4.mul
              local.get 27
              i32.const 0
              v128.load offset=896 align=1
              i32x4.eq
              v128.bitselect
              local.get 41
              i32.const 0
              v128.load offset=816 align=1
              v128.and
              i32.const 16
              i32x4.shl
              v128.or
              local.set 21
              local.get 13
              local.get 11
              i32.const 3
              i32.shl
              i32.add
              local.get 20
              f64x2.promote_low_f32x4
              v128.store align=1
              local.get 13
              local.get 11
              i32.const 3
              i32.shl
              i32.add
              local.get 20
              local.get 20
              i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
              f64x2.promote_low_f32x4
              v128.store offset=16 align=1
              local.get 13
              local.get 11
              local.get 2
              i32.add
              i32.const 3
              i32.shl
              i32.add
              local.get 21
              f64x2.promote_low_f32x4
              v128.store align=1
              local.get 13
              local.get 11
              local.get 2
              i32.add
              i32.const 3
              i32.shl
              i32.add
              local.get 21
              local.get 21
              i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
              f64x2.promote_low_f32x4
              v128.store offset=16 align=1
              local.get 11
              i32.const 4
              i32.add
              local.set 11
              local.get 11
              local.get 2
              i32.ge_u
              i32.eqz
              br_if 0 (;@5;)
            end
          end
          local.get 28
          i32.const 0
          v128.load offset=912 align=1
          i32x4.lt_u
          i32x4.all_true
          i32.eqz
          if  ;; label = @4
            local.get 6
            local.get 12
            i32.const 2
            i32.shl
            i32.add
            local.get 10
            i32.store
            local.get 12
            i32.const 1
            i32.add
            local.set 12
          end
          local.get 10
          i32.const 1
          i32.add
          local.set 10
          local.get 10
          local.get 0
          i32.ge_u
          i32.eqz
          br_if 0 (;@3;)
        end
      end
    end
    local.get 7
    i32.const 2
    i32.ne
    i32.eqz
    local.get 8
    i32.const 0
    i32.ne
    i32.eqz
    i32.and
    if  ;; label = @1
      i32.const 0
      local.set 10
      block  ;; label = @2
        local.get 10
        local.get 0
        i32.ge_u
        br_if 0 (;@2;)
        loop  ;; label = @3
          local.get 3
          local.get 10
          local.get 1
          i32.mul
          i32.const 3
          i32.shl
          i32.add
          local.set 13
          local.get 4
          local.get 10
          i32.const 2
          i32.shl
          i32.add
          i32.load
          local.set 15
          i32.const 0
          v128.load offset=400 align=1
          local.set 28
          i32.const 0
          v128.load offset=416 align=1
          local.set 29
          i32.const 0
          local.set 11
          block  ;; label = @4
            local.get 11
            local.get 2
            i32.ge_u
            br_if 0 (;@4;)
            loop  ;; label = @5
              local.get 13
              local.get 11
              i32.const 3
              i32.shl
              i32.add
              v128.load align=1
              local.set 33
              local.get 13
              local.get 11
              i32.const 3
              i32.shl
              i32.add
              v128.load offset=16 align=1
              local.set 34
              local.get 13
              local.get 11
              local.get 2
              i32.add
              i32.const 3
              i32.shl
              i32.add
              v128.load align=1
              local.set 35
              local.get 13
              local.get 11
              local.get 2
              i32.add
              i32.const 3
              i32.shl
              i32.add
              v128.load offset=16 align=1
              local.set 36
              local.get 33
              f32x4.demote_f64x2_zero
              local.get 34
              f32x4.demote_f64x2_zero
              i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
              local.set 16
              local.get 35
              f32x4.demote_f64x2_zero
              local.get 36
              f32x4.demote_f64x2_zero
              i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
              local.set 17
              local.get 16
              i32.const 1
              i32x4.shl
              local.set 26
              local.get 28
              local.get 26
              i32x4.max_u
              local.set 28
              local.get 29
              local.get 26
              i32.const 0
              v128.load offset=432 align=1
              i32x4.sub
              i32x4.min_u
              local.set 29
              local.get 17
              i32.const 1
              i32x4.shl
              local.set 26
              local.get 28
              local.get 26
              i32x4.max_u
              local.set 28
              local.get 29
              local.get 26
              i32.const 0
              v128.load offset=432 align=1
              i32x4.sub
              i32x4.min_u
              local.set 29
              local.get 15
              local.get 11
              i32.const 2
              i32.shl
              i32.add
              v128.load align=1
              local.set 18
              local.get 15
              local.get 5
              i32.add
              local.get 11
              i32.const 2
              i32.shl
              i32.add
              v128.load align=1
              local.set 19
              local.get 18
              f64x2.promote_low_f32x4
              local.set 37
              local.get 18
              local.get 18
              i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
              f64x2.promote_low_f32x4
              local.set 38
              local.get 19
              f64x2.promote_low_f32x4
              local.set 39
              local.get 19
              local.get 19
              i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
              f64x2.promote_low_f32x4
              local.set 40
              local.get 33
              local.get 37
              f64x2.mul
              local.get 35
              local.get 39
              f64x2.mul
              f32x4.demote_f64x2_zero
              f64x2.promote_low_f32x4
              f64x2.sub
              f32x4.demote_f64x2_zero
              local.set 22
              local.get 33
              local.get 39
              f64x2.mul
              local.get 35
              local.get 37
              f64x2.mul
              f32x4.demote_f64x2_zero
              f64x2.promote_low_f32x4
              f64x2.add
              f32x4.demote_f64x2_zero
              local.set 23
              local.get 34
              local.get 38
              f64x2.mul
              local.get 36
              local.get 40
              f64x2.mul
              f32x4.demote_f64x2_zero
              f64x2.promote_low_f32x4
              f64x2.sub
              f32x4.demote_f64x2_zero
              local.set 24
              local.get 34
              local.get 40
              f64x2.mul
              local.get 36
              local.get 38
              f64x2.mul
              f32x4.demote_f64x2_zero
              f64x2.promote_low_f32x4
              f64x2.add
              f32x4.demote_f64x2_zero
              local.set 25
              local.get 22
              local.get 24
              i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
              local.set 20
              local.get 23
              local.get 25
              i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
              local.set 21
              local.get 13
              local.get 11
              i32.const 3
              i32.shl
              i32.add
              local.get 20
              f64x2.promote_low_f32x4
              v128.store align=1
              local.get 13
              local.get 11
              i32.const 3
              i32.shl
              i32.add
              local.get 20
              local.get 20
              i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
              f64x2.promote_low_f32x4
              v128.store offset=16 align=1
              local.get 13
              local.get 11
              local.get 2
              i32.add
              i32.const 3
              i32.shl
              i32.add
              local.get 21
              f64x2.promote_low_f32x4
              v128.store align=1
              local.get 13
              local.get 11
              local.get 2
              i32.add
              i32.const 3
              i32.shl
              i32.add
              local.get 21
              local.get 21
              i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
              f64x2.promote_low_f32x4
              v128.store offset=16 align=1
              local.get 11
              i32.const 4
              i32.add
              local.set 11
              local.get 11
              local.get 2
              i32.ge_u
              i32.eqz
              br_if 0 (;@5;)
            end
          end
          local.get 28
          i32.const 0
          v128.load offset=912 align=1
          i32x4.lt_u
          i32x4.all_true
          i32.eqz
          if  ;; label = @4
            local.get 6
            local.get 12
            i32.const 2
            i32.shl
            i32.add
            local.get 10
            i32.store
            local.get 12
            i32.const 1
            i32.add
            local.set 12
          end
          local.get 10
          i32.const 1
          i32.add
          local.set 10
          local.get 10
          local.get 0
          i32.ge_u
          i32.eqz
          br_if 0 (;@3;)
        end
      end
    end
    local.get 7
    i32.const 2
    i32.ne
    i32.eqz
    local.get 8
    i32.const 1
    i32.ne
    i32.eqz
    i32.and
    if  ;; label = @1
      i32.const 0
      local.set 10
      block  ;; label = @2
        local.get 10
        local.get 0
        i32.ge_u
        br_if 0 (;@2;)
        loop  ;; label = @3
          local.get 3
          local.get 10
          local.get 1
          i32.mul
          i32.const 3
          i32.shl
          i32.add
          local.set 13
          local.get 4
          local.get 10
          i32.const 2
          i32.shl
          i32.add
          i32.load
          local.set 15
          i32.const 0
          v128.load offset=400 align=1
          local.set 28
          i32.const 0
          v128.load offset=416 align=1
          local.set 29
          i32.const 0
          local.set 11
          block  ;; label = @4
            local.get 11
            local.get 2
            i32.ge_u
            br_if 0 (;@4;)
            loop  ;; label = @5
              local.get 13
              local.get 11
              i32.const 3
              i32.shl
              i32.add
              v128.load align=1
              local.set 33
              local.get 13
              local.get 11
              i32.const 3
              i32.shl
              i32.add
              v128.load offset=16 align=1
              local.set 34
              local.get 13
              local.get 11
              local.get 2
              i32.add
              i32.const 3
              i32.shl
              i32.add
              v128.load align=1
              local.set 35
              local.get 13
              local.get 11
              local.get 2
              i32.add
              i32.const 3
              i32.shl
              i32.add
              v128.load offset=16 align=1
              local.set 36
              local.get 33
              f32x4.demote_f64x2_zero
              local.get 34
              f32x4.demote_f64x2_zero
              i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
              local.set 16
              local.get 35
              f32x4.demote_f64x2_zero
              local.get 36
              f32x4.demote_f64x2_zero
              i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
              local.set 17
              local.get 16
              i32.const 1
              i32x4.shl
              local.set 26
              local.get 28
              local.get 26
              i32x4.max_u
              local.set 28
              local.get 29
              local.get 26
              i32.const 0
              v128.load offset=432 align=1
              i32x4.sub
              i32x4.min_u
              local.set 29
              local.get 17
              i32.const 1
              i32x4.shl
              local.set 26
              local.get 28
              local.get 26
              i32x4.max_u
              local.set 28
              local.get 29
              local.get 26
              i32.const 0
              v128.load offset=432 align=1
              i32x4.sub
              i32x4.min_u
              local.set 29
              local.get 15
              local.get 11
              i32.const 2
              i32.shl
              i32.add
              v128.load align=1
              local.set 18
              local.get 15
              local.get 5
              i32.add
              local.get 11
              i32.const 2
              i32.shl
              i32.add
              v128.load align=1
              local.set 19
              local.get 18
              f64x2.promote_low_f32x4
              local.set 37
              local.get 18
              local.get 18
              i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
              f64x2.promote_low_f32x4
              local.set 38
              local.get 19
              f64x2.promote_low_f32x4
              local.set 39
              local.get 19
              local.get 19
              i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
              f64x2.promote_low_f32x4
              local.set 40
              local.get 33
              local.get 37
              f64x2.mul
              local.get 35
              local.get 39
              f64x2.mul
              f32x4.demote_f64x2_zero
              f64x2.promote_low_f32x4
              f64x2.sub
              f32x4.demote_f64x2_zero
              local.set 22
              local.get 33
              local.get 39
              f64x2.mul
              local.get 35
              local.get 37
              f64x2.mul
              f32x4.demote_f64x2_zero
              f64x2.promote_low_f32x4
              f64x2.add
              f32x4.demote_f64x2_zero
              local.set 23
              local.get 34
              local.get 38
              f64x2.mul
              local.get 36
              local.get 40
              f64x2.mul
              f32x4.demote_f64x2_zero
              f64x2.promote_low_f32x4
              f64x2.sub
              f32x4.demote_f64x2_zero
              local.set 24
              local.get 34
              local.get 40
              f64x2.mul
              local.get 36
              local.get 38
              f64x2.mul
              f32x4.demote_f64x2_zero
              f64x2.promote_low_f32x4
              f64x2.add
              f32x4.demote_f64x2_zero
              local.set 25
              local.get 22
              local.get 24
              i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
              local.set 20
              local.get 23
              local.get 25
              i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
              local.set 21
              local.get 20
              i32.const 0
              v128.load offset=448 align=1
              i32x4.add
              local.get 20
              i32.const 16
              i32x4.shr_u
              i32.const 0
              v128.load offset=432 align=1
              v128.and
              i32x4.add
              i32.const 0
              v128.load offset=464 align=1
              v128.and
              local.set 20
              local.get 21
              i32.const 0
              v128.load offset=448 align=1
              i32x4.add
              local.get 21
              i32.const 16
              i32x4.shr_u
              i32.const 0
              v128.load offset=432 align=1
              v128.and
              i32x4.add
              i32.const 0
              v128.load offset=464 align=1
              v128.and
              local.set 21
              local.get 13
              local.get 11
              i32.const 3
              i32.shl
              i32.add
              local.get 20
              f64x2.promote_low_f32x4
              v128.store align=1
              local.get 13
              local.get 11
              i32.const 3
              i32.shl
              i32.add
              local.get 20
              local.get 20
              i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
              f64x2.promote_low_f32x4
              v128.store offset=16 align=1
              local.get 13
              local.get 11
              local.get 2
              i32.add
              i32.const 3
              i32.shl
              i32.add
              local.get 21
              f64x2.promote_low_f32x4
              v128.store align=1
              local.get 13
              local.get 11
              local.get 2
              i32.add
              i32.const 3
              i32.shl
              i32.add
              local.get 21
              local.get 21
              i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
              f64x2.promote_low_f32x4
              v128.store offset=16 align=1
              local.get 11
              i32.const 4
              i32.add
              local.set 11
              local.get 11
              local.get 2
              i32.ge_u
              i32.eqz
              br_if 0 (;@5;)
            end
          end
          local.get 28
          i32.const 0
          v128.load offset=912 align=1
          i32x4.lt_u
          i32x4.all_true
          i32.eqz
          if  ;; label = @4
            local.get 6
            local.get 12
            i32.const 2
            i32.shl
            i32.add
            local.get 10
            i32.store
            local.get 12
            i32.const 1
            i32.add
            local.set 12
          end
          local.get 10
          i32.const 1
          i32.add
          local.set 10
          local.get 10
          local.get 0
          i32.ge_u
          i32.eqz
          br_if 0 (;@3;)
        end
      end
    end
    local.get 7
    i32.const 2
    i32.ne
    i32.eqz
    local.get 8
    i32.const 2
    i32.ne
    i32.eqz
    i32.and
    if  ;; label = @1
      i32.const 0
      local.set 10
      block  ;; label = @2
        local.get 10
        local.get 0
        i32.ge_u
        br_if 0 (;@2;)
        loop  ;; label = @3
          local.get 3
          local.get 10
          local.get 1
          i32.mul
          i32.const 3
          i32.shl
          i32.add
          local.set 13
          local.get 4
          local.get 10
          i32.const 2
          i32.shl
          i32.add
          i32.load
          local.set 15
          i32.const 0
          v128.load offset=400 align=1
          local.set 28
          i32.const 0
          v128.load offset=416 align=1
          local.set 29
          i32.const 0
          local.set 11
          block  ;; label = @4
            local.get 11
            local.get 2
            i32.ge_u
            br_if 0 (;@4;)
            loop  ;; label = @5
              local.get 13
              local.get 11
              i32.const 3
              i32.shl
              i32.add
              v128.load align=1
              local.set 33
              local.get 13
              local.get 11
              i32.const 3
              i32.shl
              i32.add
              v128.load offset=16 align=1
              local.set 34
              local.get 13
              local.get 11
              local.get 2
              i32.add
              i32.const 3
              i32.shl
              i32.add
              v128.load align=1
              local.set 35
              local.get 13
              local.get 11
              local.get 2
              i32.add
              i32.const 3
              i32.shl
              i32.add
              v128.load offset=16 align=1
              local.set 36
              local.get 33
              f32x4.demote_f64x2_zero
              local.get 34
              f32x4.demote_f64x2_zero
              i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
              local.set 16
              local.get 35
              f32x4.demote_f64x2_zero
              local.get 36
              f32x4.demote_f64x2_zero
              i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
              local.set 17
              local.get 16
              i32.const 1
              i32x4.shl
              local.set 26
              local.get 28
              local.get 26
              i32x4.max_u
              local.set 28
              local.get 29
              local.get 26
              i32.const 0
              v128.load offset=432 align=1
              i32x4.sub
              i32x4.min_u
              local.set 29
              local.get 17
              i32.const 1
              i32x4.shl
              local.set 26
              local.get 28
              local.get 26
              i32x4.max_u
              local.set 28
              local.get 29
              local.get 26
              i32.const 0
              v128.load offset=432 align=1
              i32x4.sub
              i32x4.min_u
              local.set 29
              local.get 15
              local.get 11
              i32.const 2
              i32.shl
              i32.add
              v128.load align=1
              local.set 18
              local.get 15
              local.get 5
              i32.add
              local.get 11
              i32.const 2
              i32.shl
              i32.add
              v128.load align=1
              local.set 19
              local.get 18
              f64x2.promote_low_f32x4
              local.set 37
              local.get 18
              local.get 18
              i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
              f64x2.promote_low_f32x4
              local.set 38
              local.get 19
              f64x2.promote_low_f32x4
              local.set 39
              local.get 19
              local.get 19
              i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
              f64x2.promote_low_f32x4
              local.set 40
              local.get 33
              local.get 37
              f64x2.mul
              local.get 35
              local.get 39
              f64x2.mul
              f32x4.demote_f64x2_zero
              f64x2.promote_low_f32x4
              f64x2.sub
              f32x4.demote_f64x2_zero
              local.set 22
              local.get 33
              local.get 39
              f64x2.mul
              local.get 35
              local.get 37
              f64x2.mul
              f32x4.demote_f64x2_zero
              f64x2.promote_low_f32x4
              f64x2.add
              f32x4.demote_f64x2_zero
              local.set 23
              local.get 34
              local.get 38
              f64x2.mul
              local.get 36
              local.get 40
              f64x2.mul
              f32x4.demote_f64x2_zero
              f64x2.promote_low_f32x4
              f64x2.sub
              f32x4.demote_f64x2_zero
              local.set 24
              local.get 34
              local.get 40
              f64x2.mul
              local.get 36
              local.get 38
              f64x2.mul
              f32x4.demote_f64x2_zero
              f64x2.promote_low_f32x4
              f64x2.add
              f32x4.demote_f64x2_zero
              local.set 25
              local.get 22
              local.get 24
              i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
              local.set 20
              local.get 23
              local.get 25
              i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
              local.set 21
              local.get 20
              i32.const 0
              v128.load offset=832 align=1
              v128.and
              local.set 27
              local.get 27
              i32.const 0
              v128.load offset=848 align=1
              i32x4.min_u
              local.set 42
              local.get 27
              i32.const 0
              v128.load offset=640 align=1
              f32x4.add
              i32.const 0
              v128.load offset=640 align=1
              i32x4.sub
              local.get 42
              i32.const 0
              v128.load offset=800 align=1
              i32x4.add
              local.get 42
              i32.const 13
              i32x4.shr_u
              i32.const 0
              v128.load offset=432 align=1
              v128.and
              i32x4.add
              i32.const 13
              i32x4.shr_u
              local.get 27
              i32.const 0
              v128.load offset=672 align=1
              i32x4.lt_s
              v128.bitselect
              local.get 20
              i32.const 16
              i32x4.shr_u
              i32.const 0
              v128.load offset=816 align=1
              v128.and
              v128.or
              local.set 41
              local.get 41
              i32.const 0
              v128.load offset=448 align=1
              v128.and
              local.set 27
              i32.const 0
              v128.load offset=880 align=1
              local.get 27
              i32.const 13
              i32x4.shl
              i32.const 0
              v128.load offset=864 align=1
              f32x4.mul
              local.get 27
              i32.const 0
              v128.load offset=896 align=1
              i32x4.eq
              v128.bitselect
              local.get 41
              i32.const 0
              v128.load offset=816 align=1
              v128.and
              i32.const 16
              i32x4.shl
              v128.or
              local.set 20
              local.get 21
              i32.const 0
              v128.load offset=832 align=1
              v128.and
              local.set 27
              local.get 27
              i32.const 0
              v128.load offset=848 align=1
              i32x4.min_u
              local.set 42
              local.get 27
              i32.const 0
              v128.load offset=640 align=1
              f32x4.add
              i32.const 0
              v128.load offset=640 align=1
              i32x4.sub
              local.get 42
              i32.const 0
              v128.load offset=800 align=1
              i32x4.add
              local.get 42
              i32.const 13
              i32x4.shr_u
              i32.const 0
              v128.load offset=432 align=1
              v128.and
              i32x4.add
              i32.const 13
              i32x4.shr_u
              local.get 27
              i32.const 0
              v128.load offset=672 align=1
              i32x4.lt_s
              v128.bitselect
              local.get 21
              i32.const 16
              i32x4.shr_u
              i32.const 0
              v128.load offset=816 align=1
              v128.and
              v128.or
              local.set 41
              local.get 41
              i32.const 0
              v128.load offset=448 align=1
              v128.and
              local.set 27
              i32.const 0
              v128.load offset=880 align=1
              local.get 27
              i32.const 13
              i32x4.shl
              i32.const 0
              v128.load offset=864 align=1
              f32x4.mul
              local.get 27
              i32.const 0
              v128.load offset=896 align=1
              i32x4.eq
              v128.bitselect
              local.get 41
              i32.const 0
              v128.load offset=816 align=1
              v128.and
              i32.const 16
              i32x4.shl
              v128.or
              local.set 21
              local.get 13
              local.get 11
              i32.const 3
              i32.shl
              i32.add
              local.get 20
              f64x2.promote_low_f32x4
              v128.store align=1
              local.get 13
              local.get 11
              i32.const 3
              i32.shl
              i32.add
              local.get 20
              local.get 20
              i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
              f64x2.promote_low_f32x4
              v128.store offset=16 align=1
              local.get 13
              local.get 11
              local.get 2
              i32.add
              i32.const 3
              i32.shl
              i32.add
              local.get 21
              f64x2.promote_low_f32x4
              v128.store align=1
              local.get 13
              local.get 11
              local.get 2
              i32.add
              i32.const 3
              i32.shl
              i32.add
              local.get 21
              local.get 21
              i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
              f64x2.promote_low_f32x4
              v128.store offset=16 align=1
              local.get 11
              i32.const 4
              i32.add
              local.set 11
              local.get 11
              local.get 2
              i32.ge_u
              i32.eqz
              br_if 0 (;@5;)
            end
          end
          local.get 28
          i32.const 0
          v128.load offset=912 align=1
          i32x4.lt_u
          i32x4.all_true
          i32.eqz
          if  ;; label = @4
            local.get 6
            local.get 12
            i32.const 2
            i32.shl
            i32.add
            local.get 10
            i32.store
            local.get 12
            i32.const 1
            i32.add
            local.set 12
          end
          local.get 10
          i32.const 1
          i32.add
          local.set 10
          local.get 10
          local.get 0
          i32.ge_u
          i32.eqz
          br_if 0 (;@3;)
        end
      end
    end
    local.get 7
    i32.const 3
    i32.ne
    i32.eqz
    local.get 8
    i32.const 0
    i32.ne
    i32.eqz
    i32.and
    if  ;; label = @1
      i32.const 0
      local.set 10
      block  ;; label = @2
        local.get 10
        local.get 0
        i32.ge_u
        br_if 0 (;@2;)
        loop  ;; label = @3
          local.get 3
          local.get 10
          local.get 1
          i32.mul
          i32.const 3
          i32.shl
          i32.add
          local.set 13
          local.get 4
          local.get 10
          i32.const 2
          i32.shl
          i32.add
          i32.load
          local.set 15
          i32.const 0
          v128.load offset=400 align=1
          local.set 28
          i32.const 0
          v128.load offset=416 align=1
          local.set 29
          i32.const 0
          local.set 11
          block  ;; label = @4
            local.get 11
            local.get 2
            i32.ge_u
            br_if 0 (;@4;)
            loop  ;; label = @5
              local.get 13
              local.get 11
              i32.const 3
              i32.shl
              i32.add
              v128.load align=1
              local.set 33
              local.get 13
              local.get 11
              i32.const 3
              i32.shl
              i32.add
              v128.load offset=16 align=1
              local.set 34
              local.get 13
              local.get 11
              local.get 2
              i32.add
              i32.const 3
              i32.shl
              i32.add
              v128.load align=1
              local.set 35
              local.get 13
              local.get 11
              local.get 2
              i32.add
              i32.const 3
              i32.shl
              i32.add
              v128.load offset=16 align=1
              local.set 36
              local.get 33
              f32x4.demote_f64x2_zero
              local.get 34
              f32x4.demote_f64x2_zero
              i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
              local.set 16
              local.get 35
              f32x4.demote_f64x2_zero
              local.get 36
              f32x4.demote_f64x2_zero
              i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
              local.set 17
              local.get 16
              i32.const 1
              i32x4.shl
              local.set 26
              local.get 28
              local.get 26
              i32x4.max_u
              local.set 28
              local.get 29
              local.get 26
              i32.const 0
              v128.load offset=432 align=1
              i32x4.sub
              i32x4.min_u
              local.set 29
              local.get 17
              i32.const 1
              i32x4.shl
              local.set 26
              local.get 28
              local.get 26
              i32x4.max_u
              local.set 28
              local.get 29
              local.get 26
              i32.const 0
              v128.load offset=432 align=1
              i32x4.sub
              i32x4.min_u
              local.set 29
              local.get 15
              local.get 11
              i32.const 2
              i32.shl
              i32.add
              v128.load align=1
              local.set 18
              local.get 15
              local.get 5
              i32.add
              local.get 11
              i32.const 2
              i32.shl
              i32.add
              v128.load align=1
              local.set 19
              local.get 18
              f64x2.promote_low_f32x4
              local.set 37
              local.get 18
              local.get 18
              i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
              f64x2.promote_low_f32x4
              local.set 38
              local.get 19
              f64x2.promote_low_f32x4
              local.set 39
              local.get 19
              local.get 19
              i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
              f64x2.promote_low_f32x4
              local.set 40
              local.get 33
              local.get 37
              f64x2.mul
              f32x4.demote_f64x2_zero
              f64x2.promote_low_f32x4
              local.get 35
              local.get 39
              f64x2.mul
              f64x2.sub
              f32x4.demote_f64x2_zero
              local.set 22
              local.get 33
              local.get 39
              f64x2.mul
              f32x4.demote_f64x2_zero
              f64x2.promote_low_f32x4
              local.get 35
              local.get 37
              f64x2.mul
              f64x2.add
              f32x4.demote_f64x2_zero
              local.set 23
              local.get 34
              local.get 38
              f64x2.mul
              f32x4.demote_f64x2_zero
              f64x2.promote_low_f32x4
              local.get 36
              local.get 40
              f64x2.mul
              f64x2.sub
              f32x4.demote_f64x2_zero
              local.set 24
              local.get 34
              local.get 40
              f64x2.mul
              f32x4.demote_f64x2_zero
              f64x2.promote_low_f32x4
              local.get 36
              local.get 38
              f64x2.mul
              f64x2.add
              f32x4.demote_f64x2_zero
              local.set 25
              local.get 22
              local.get 24
              i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
              local.set 20
              local.get 23
              local.get 25
              i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
              local.set 21
              local.get 13
              local.get 11
              i32.const 3
              i32.shl
              i32.add
              local.get 20
              f64x2.promote_low_f32x4
              v128.store align=1
              local.get 13
              local.get 11
              i32.const 3
              i32.shl
              i32.add
              local.get 20
              local.get 20
              i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
              f64x2.promote_low_f32x4
              v128.store offset=16 align=1
              local.get 13
              local.get 11
              local.get 2
              i32.add
              i32.const 3
              i32.shl
              i32.add
              local.get 21
              f64x2.promote_low_f32x4
              v128.store align=1
              local.get 13
              local.get 11
              local.get 2
              i32.add
              i32.const 3
              i32.shl
              i32.add
              local.get 21
              local.get 21
              i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
              f64x2.promote_low_f32x4
              v128.store offset=16 align=1
              local.get 11
              i32.const 4
              i32.add
              local.set 11
              local.get 11
              local.get 2
              i32.ge_u
              i32.eqz
              br_if 0 (;@5;)
            end
          end
          local.get 28
          i32.const 0
          v128.load offset=912 align=1
          i32x4.lt_u
          i32x4.all_true
          i32.eqz
          if  ;; label = @4
            local.get 6
            local.get 12
            i32.const 2
            i32.shl
            i32.add
            local.get 10
            i32.store
            local.get 12
            i32.const 1
            i32.add
            local.set 12
          end
          local.get 10
          i32.const 1
          i32.add
          local.set 10
          local.get 10
          local.get 0
          i32.ge_u
          i32.eqz
          br_if 0 (;@3;)
        end
      end
    end
    local.get 7
    i32.const 3
    i32.ne
    i32.eqz
    local.get 8
    i32.const 1
    i32.ne
    i32.eqz
    i32.and
    if  ;; label = @1
      i32.const 0
      local.set 10
      block  ;; label = @2
        local.get 10
        local.get 0
        i32.ge_u
        br_if 0 (;@2;)
        loop  ;; label = @3
          local.get 3
          local.get 10
          local.get 1
          i32.mul
          i32.const 3
          i32.shl
          i32.add
          local.set 13
          local.get 4
          local.get 10
          i32.const 2
          i32.shl
          i32.add
          i32.load
          local.set 15
          i32.const 0
          v128.load offset=400 align=1
          local.set 28
          i32.const 0
          v128.load offset=416 align=1
          local.set 29
          i32.const 0
          local.set 11
          block  ;; label = @4
            local.get 11
            local.get 2
            i32.ge_u
            br_if 0 (;@4;)
            loop  ;; label = @5
              local.get 13
              local.get 11
              i32.const 3
              i32.shl
              i32.add
              v128.load align=1
              local.set 33
              local.get 13
              local.get 11
              i32.const 3
              i32.shl
              i32.add
              v128.load offset=16 align=1
              local.set 34
              local.get 13
              local.get 11
              local.get 2
              i32.add
              i32.const 3
              i32.shl
              i32.add
              v128.load align=1
              local.set 35
              local.get 13
              local.get 11
              local.get 2
              i32.add
              i32.const 3
              i32.shl
              i32.add
              v128.load offset=16 align=1
              local.set 36
              local.get 33
              f32x4.demote_f64x2_zero
              local.get 34
              f32x4.demote_f64x2_zero
              i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
              local.set 16
              local.get 35
              f32x4.demote_f64x2_zero
              local.get 36
              f32x4.demote_f64x2_zero
              i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
              local.set 17
              local.get 16
              i32.const 1
              i32x4.shl
              local.set 26
              local.get 28
              local.get 26
              i32x4.max_u
              local.set 28
              local.get 29
              local.get 26
              i32.const 0
              v128.load offset=432 align=1
              i32x4.sub
              i32x4.min_u
              local.set 29
              local.get 17
              i32.const 1
              i32x4.shl
              local.set 26
              local.get 28
              local.get 26
              i32x4.max_u
              local.set 28
              local.get 29
              local.get 26
              i32.const 0
              v128.load offset=432 align=1
              i32x4.sub
              i32x4.min_u
              local.set 29
              local.get 15
              local.get 11
              i32.const 2
              i32.shl
              i32.add
              v128.load align=1
              local.set 18
              local.get 15
              local.get 5
              i32.add
              local.get 11
              i32.const 2
              i32.shl
              i32.add
              v128.load align=1
              local.set 19
              local.get 18
              f64x2.promote_low_f32x4
              local.set 37
              local.get 18
              local.get 18
              i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
              f64x2.promote_low_f32x4
              local.set 38
              local.get 19
              f64x2.promote_low_f32x4
              local.set 39
              local.get 19
              local.get 19
              i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
              f64x2.promote_low_f32x4
              local.set 40
              local.get 33
              local.get 37
              f64x2.mul
              f32x4.demote_f64x2_zero
              f64x2.promote_low_f32x4
              local.get 35
              local.get 39
              f64x2.mul
              f64x2.sub
              f32x4.demote_f64x2_zero
              local.set 22
              local.get 33
              local.get 39
              f64x2.mul
              f32x4.demote_f64x2_zero
              f64x2.promote_low_f32x4
              local.get 35
              local.get 37
              f64x2.mul
              f64x2.add
              f32x4.demote_f64x2_zero
              local.set 23
              local.get 34
              local.get 38
              f64x2.mul
              f32x4.demote_f64x2_zero
              f64x2.promote_low_f32x4
              local.get 36
              local.get 40
              f64x2.mul
              f64x2.sub
              f32x4.demote_f64x2_zero
              local.set 24
              local.get 34
              local.get 40
              f64x2.mul
              f32x4.demote_f64x2_zero
              f64x2.promote_low_f32x4
              local.get 36
              local.get 38
              f64x2.mul
              f64x2.add
              f32x4.demote_f64x2_zero
              local.set 25
              local.get 22
              local.get 24
              i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
              local.set 20
              local.get 23
              local.get 25
              i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
              local.set 21
              local.get 20
              i32.const 0
              v128.load offset=448 align=1
              i32x4.add
              local.get 20
              i32.const 16
              i32x4.shr_u
              i32.const 0
              v128.load offset=432 align=1
              v128.and
              i32x4.add
              i32.const 0
              v128.load offset=464 align=1
              v128.and
              local.set 20
              local.get 21
              i32.const 0
              v128.load offset=448 align=1
              i32x4.add
              local.get 21
              i32.const 16
              i32x4.shr_u
              i32.const 0
              v128.load offset=432 align=1
              v128.and
              i32x4.add
              i32.const 0
              v128.load offset=464 align=1
              v128.and
              local.set 21
              local.get 13
              local.get 11
              i32.const 3
              i32.shl
              i32.add
              local.get 20
              f64x2.promote_low_f32x4
              v128.store align=1
              local.get 13
              local.get 11
              i32.const 3
              i32.shl
              i32.add
              local.get 20
              local.get 20
              i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
              f64x2.promote_low_f32x4
              v128.store offset=16 align=1
              local.get 13
              local.get 11
              local.get 2
              i32.add
              i32.const 3
              i32.shl
              i32.add
              local.get 21
              f64x2.promote_low_f32x4
              v128.store align=1
              local.get 13
              local.get 11
              local.get 2
              i32.add
              i32.const 3
              i32.shl
              i32.add
              local.get 21
              local.get 21
              i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
              f64x2.promote_low_f32x4
              v128.store offset=16 align=1
              local.get 11
              i32.const 4
              i32.add
              local.set 11
              local.get 11
              local.get 2
              i32.ge_u
              i32.eqz
              br_if 0 (;@5;)
            end
          end
          local.get 28
          i32.const 0
          v128.load offset=912 align=1
          i32x4.lt_u
          i32x4.all_true
          i32.eqz
          if  ;; label = @4
            local.get 6
            local.get 12
            i32.const 2
            i32.shl
            i32.add
            local.get 10
            i32.store
            local.get 12
            i32.const 1
            i32.add
            local.set 12
          end
          local.get 10
          i32.const 1
          i32.add
          local.set 10
          local.get 10
          local.get 0
          i32.ge_u
          i32.eqz
          br_if 0 (;@3;)
        end
      end
    end
    local.get 7
    i32.const 3
    i32.ne
    i32.eqz
    local.get 8
    i32.const 2
    i32.ne
    i32.eqz
    i32.and
    if  ;; label = @1
      i32.const 0
      local.set 10
      block  ;; label = @2
        local.get 10
        local.get 0
        i32.ge_u
        br_if 0 (;@2;)
        loop  ;; label = @3
          local.get 3
          local.get 10
          local.get 1
          i32.mul
          i32.const 3
          i32.shl
          i32.add
          local.set 13
          local.get 4
          local.get 10
          i32.const 2
          i32.shl
          i32.add
          i32.load
          local.set 15
          i32.const 0
          v128.load offset=400 align=1
          local.set 28
          i32.const 0
          v128.load offset=416 align=1
          local.set 29
          i32.const 0
          local.set 11
          block  ;; label = @4
            local.get 11
            local.get 2
            i32.ge_u
            br_if 0 (;@4;)
            loop  ;; label = @5
              local.get 13
              local.get 11
              i32.const 3
              i32.shl
              i32.add
              v128.load align=1
              local.set 33
              local.get 13
              local.get 11
              i32.const 3
              i32.shl
              i32.add
              v128.load offset=16 align=1
              local.set 34
              local.get 13
              local.get 11
              local.get 2
              i32.add
              i32.const 3
              i32.shl
              i32.add
              v128.load align=1
              local.set 35
              local.get 13
              local.get 11
              local.get 2
              i32.add
              i32.const 3
              i32.shl
              i32.add
              v128.load offset=16 align=1
              local.set 36
              local.get 33
              f32x4.demote_f64x2_zero
              local.get 34
              f32x4.demote_f64x2_zero
              i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
              local.set 16
              local.get 35
              f32x4.demote_f64x2_zero
              local.get 36
              f32x4.demote_f64x2_zero
              i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
              local.set 17
              local.get 16
              i32.const 1
              i32x4.shl
              local.set 26
              local.get 28
              local.get 26
              i32x4.max_u
              local.set 28
              local.get 29
              local.get 26
              i32.const 0
              v128.load offset=432 align=1
              i32x4.sub
              i32x4.min_u
              local.set 29
              local.get 17
              i32.const 1
              i32x4.shl
              local.set 26
              local.get 28
              local.get 26
              i32x4.max_u
              local.set 28
              local.get 29
              local.get 26
              i32.const 0
              v128.load offset=432 align=1
              i32x4.sub
              i32x4.min_u
              local.set 29
              local.get 15
              local.get 11
              i32.const 2
              i32.shl
              i32.add
              v128.load align=1
              local.set 18
              local.get 15
              local.get 5
              i32.add
              local.get 11
              i32.const 2
              i32.shl
              i32.add
              v128.load align=1
              local.set 19
              local.get 18
              f64x2.promote_low_f32x4
              local.set 37
              local.get 18
              local.get 18
              i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
              f64x2.promote_low_f32x4
              local.set 38
              local.get 19
              f64x2.promote_low_f32x4
              local.set 39
              local.get 19
              local.get 19
              i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
              f64x2.promote_low_f32x4
              local.set 40
              local.get 33
              local.get 37
              f64x2.mul
              f32x4.demote_f64x2_zero
              f64x2.promote_low_f32x4
              local.get 35
              local.get 39
              f64x2.mul
              f64x2.sub
              f32x4.demote_f64x2_zero
              local.set 22
              local.get 33
              local.get 39
              f64x2.mul
              f32x4.demote_f64x2_zero
              f64x2.promote_low_f32x4
              local.get 35
              local.get 37
              f64x2.mul
              f64x2.add
              f32x4.demote_f64x2_zero
              local.set 23
              local.get 34
              local.get 38
              f64x2.mul
              f32x4.demote_f64x2_zero
              f64x2.promote_low_f32x4
              local.get 36
              local.get 40
              f64x2.mul
              f64x2.sub
              f32x4.demote_f64x2_zero
              local.set 24
              local.get 34
              local.get 40
              f64x2.mul
              f32x4.demote_f64x2_zero
              f64x2.promote_low_f32x4
              local.get 36
              local.get 38
              f64x2.mul
              f64x2.add
              f32x4.demote_f64x2_zero
              local.set 25
              local.get 22
              local.get 24
              i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
              local.set 20
              local.get 23
              local.get 25
              i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
              local.set 21
              local.get 20
              i32.const 0
              v128.load offset=832 align=1
              v128.and
              local.set 27
              local.get 27
              i32.const 0
              v128.load offset=848 align=1
              i32x4.min_u
              local.set 42
              local.get 27
              i32.const 0
              v128.load offset=640 align=1
              f32x4.add
              i32.const 0
              v128.load offset=640 align=1
              i32x4.sub
              local.get 42
              i32.const 0
              v128.load offset=800 align=1
              i32x4.add
              local.get 42
              i32.const 13
              i32x4.shr_u
              i32.const 0
              v128.load offset=432 align=1
              v128.and
              i32x4.add
              i32.const 13
              i32x4.shr_u
              local.get 27
              i32.const 0
              v128.load offset=672 align=1
              i32x4.lt_s
              v128.bitselect
              local.get 20
              i32.const 16
              i32x4.shr_u
              i32.const 0
              v128.load offset=816 align=1
              v128.and
              v128.or
              local.set 41
              local.get 41
              i32.const 0
              v128.load offset=448 align=1
              v128.and
              local.set 27
              i32.const 0
              v128.load offset=880 align=1
              local.get 27
              i32.const 13
              i32x4.shl
              i32.const 0
              v128.load offset=864 align=1
              f32x4.mul
              local.get 27
              i32.const 0
              v128.load offset=896 align=1
              i32x4.eq
              v128.bitselect
              local.get 41
              i32.const 0
              v128.load offset=816 align=1
              v128.and
              i32.const 16
              i32x4.shl
              v128.or
              local.set 20
              local.get 21
              i32.const 0
              v128.load offset=832 align=1
              v128.and
              local.set 27
              local.get 27
              i32.const 0
              v128.load offset=848 align=1
              i32x4.min_u
              local.set 42
              local.get 27
              i32.const 0
              v128.load offset=640 align=1
              f32x4.add
              i32.const 0
              v128.load offset=640 align=1
              i32x4.sub
              local.get 42
              i32.const 0
              v128.load offset=800 align=1
              i32x4.add
              local.get 42
              i32.const 13
              i32x4.shr_u
              i32.const 0
              v128.load offset=432 align=1
              v128.and
              i32x4.add
              i32.const 13
              i32x4.shr_u
              local.get 27
              i32.const 0
              v128.load offset=672 align=1
              i32x4.lt_s
              v128.bitselect
              local.get 21
              i32.const 16
              i32x4.shr_u
              i32.const 0
              v128.load offset=816 align=1
              v128.and
              v128.or
              local.set 41
              local.get 41
              i32.const 0
              v128.load offset=448 align=1
              v128.and
              local.set 27
              i32.const 0
              v128.load offset=880 align=1
              local.get 27
              i32.const 13
              i32x4.shl
              i32.const 0
              v128.load offset=864 align=1
              f32x4.mul
              local.get 27
              i32.const 0
              v128.load offset=896 align=1
              i32x4.eq
              v128.bitselect
              local.get 41
              i32.const 0
              v128.load offset=816 align=1
              v128.and
              i32.const 16
              i32x4.shl
              v128.or
              local.set 21
              local.get 13
              local.get 11
              i32.const 3
              i32.shl
              i32.add
              local.get 20
              f64x2.promote_low_f32x4
              v128.store align=1
              local.get 13
              local.get 11
              i32.const 3
              i32.shl
              i32.add
              local.get 20
              local.get 20
              i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
              f64x2.promote_low_f32x4
              v128.store offset=16 align=1
              local.get 13
              local.get 11
              local.get 2
              i32.add
              i32.const 3
              i32.shl
              i32.add
              local.get 21
              f64x2.promote_low_f32x4
              v128.store align=1
              local.get 13
              local.get 11
              local.get 2
              i32.add
              i32.const 3
              i32.shl
              i32.add
              local.get 21
              local.get 21
              i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
              f64x2.promote_low_f32x4
              v128.store offset=16 align=1
              local.get 11
              i32.const 4
              i32.add
              local.set 11
              local.get 11
              local.get 2
              i32.ge_u
              i32.eqz
              br_if 0 (;@5;)
            end
          end
          local.get 28
          i32.const 0
          v128.load offset=912 align=1
          i32x4.lt_u
          i32x4.all_true
          i32.eqz
          if  ;; label = @4
            local.get 6
            local.get 12
            i32.const 2
            i32.shl
            i32.add
            local.get 10
            i32.store
            local.get 12
            i32.const 1
            i32.add
            local.set 12
          end
          local.get 10
          i32.const 1
          i32.add
          local.set 10
          local.get 10
          local.get 0
          i32.ge_u
          i32.eqz
          br_if 0 (;@3;)
        end
      end
    end
    local.get 12)
  (func (;17;) (type 17) (param i32 i32 i32 i32 i32 i32 i32 i32 i32 i32) (result i32)
    (local i32 i32 i32 i32 i32 i32 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 i32)
    i32.const 0
    local.set 12
    local.get 9
    v128.load align=1
    local.set 32
    local.get 7
    i32.const 0
    i32.ne
    i32.eqz
    local.get 8
    i32.const 0
    i32.ne
    i32.eqz
    i32.and
    if  ;; label = @1
      i32.const 0
      local.set 10
      block  ;; label = @2
        local.get 10
        local.get 0
        i32.ge_u
        br_if 0 (;@2;)
        loop  ;; label = @3
          local.get 3
          local.get 10
          local.get 1
          i32.mul
          i32.const 3
          i32.shl
          i32.add
          local.set 13
          local.get 4
          local.get 10
          i32.const 2
          i32.shl
          i32.add
          i32.load
          local.set 15
          i32.const 0
          v128.load offset=400 align=1
          local.set 28
          i32.const 0
          v128.load offset=416 align=1
          local.set 29
          i32.const 0
          v128.load offset=400 align=1
          local.set 30
          i32.const 0
          v128.load offset=416 align=1
          local.set 31
          i32.const 0
          local.set 11
          block  ;; label = @4
            local.get 11
            local.get 2
            i32.ge_u
            br_if 0 (;@4;)
            loop  ;; label = @5
              local.get 13
              local.get 11
              i32.const 1
              i32.shl
              i32.const 3
              i32.shl
              i32.add
              v128.load align=1
              local.set 22
              local.get 13
              local.get 11
              i32.const 1
              i32.shl
              i32.const 3
              i32.shl
              i32.add
              v128.load offset=16 align=1
              local.set 23
              local.get 13
              local.get 11
              i32.const 1
              i32.shl
              i32.const 3
              i32.shl
              i32.add
              v128.load offset=32 align=1
              local.set 24
              local.get 13
              local.get 11
              i32.const 1
              i32.shl
              i32.const 3
              i32.shl
              i32.add
              v128.load offset=48 align=1
              local.set 25
              local.get 30
              local.get 22
              v128.or
              local.set 30
              local.get 31
              local.get 22
              f32x4.demote_f64x2_zero
              f64x2.promote_low_f32x4
              local.get 22
              f64x2.eq
              v128.and
              local.set 31
              local.get 30
              local.get 23
              v128.or
              local.set 30
              local.get 31
              local.get 23
              f32x4.demote_f64x2_zero
              f64x2.promote_low_f32x4
              local.get 23
              f64x2.eq
              v128.and
              local.set 31
              local.get 30
              local.get 24
              v128.or
              local.set 30
              local.get 31
              local.get 24
              f32x4.demote_f64x2_zero
              f64x2.promote_low_f32x4
              local.get 24
              f64x2.eq
              v128.and
              local.set 31
              local.get 30
              local.get 25
              v128.or
              local.set 30
              local.get 31
              local.get 25
              f32x4.demote_f64x2_zero
              f64x2.promote_low_f32x4
              local.get 25
              f64x2.eq
              v128.and
              local.set 31
              local.get 22
              local.get 23
              i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
              local.set 33
              local.get 22
              local.get 23
              i8x16.shuffle 8 9 10 11 12 13 14 15 24 25 26 27 28 29 30 31
              local.set 35
              local.get 24
              local.get 25
              i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
              local.set 34
              local.get 24
              local.get 25
              i8x16.shuffle 8 9 10 11 12 13 14 15 24 25 26 27 28 29 30 31
              local.set 36
              local.get 33
              f32x4.demote_f64x2_zero
              local.get 34
              f32x4.demote_f64x2_zero
              i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
              local.set 16
              local.get 35
              f32x4.demote_f64x2_zero
              local.get 36
              f32x4.demote_f64x2_zero
              i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
              local.set 17
              local.get 16
              i32.const 1
              i32x4.shl
              local.set 26
              local.get 28
              local.get 26
              i32x4.max_u
              local.set 28
              local.get 29
              local.get 26
              i32.const 0
              v128.load offset=432 align=1
              i32x4.sub
              i32x4.min_u
              local.set 29
              local.get 17
              i32.const 1
              i32x4.shl
              local.set 26
              local.get 28
              local.get 26
              i32x4.max_u
              local.set 28
              local.get 29
              local.get 26
              i32.const 0
              v128.load offset=432 align=1
              i32x4.sub
              i32x4.min_u
              local.set 29
              local.get 15
              local.get 11
              i32.const 2
              i32.shl
              i32.add
              v128.load align=1
              local.set 18
              local.get 15
              local.get 5
              i32.add
              local.get 11
              i32.const 2
              i32.shl
              i32.add
              v128.load align=1
              local.set 19
              local.get 16
              local.get 18
              f32x4.mul
              local.get 17
              local.get 19
              f32x4.mul
              f32x4.sub
              local.set 20
              local.get 16
              local.get 19
              f32x4.mul
              local.get 17
              local.get 18
              f32x4.mul
              f32x4.add
              local.set 21
              local.get 20
              local.get 21
              i8x16.shuffle 0 1 2 3 16 17 18 19 4 5 6 7 20 21 22 23
              local.set 22
              local.get 20
              local.get 21
              i8x16.shuffle 8 9 10 11 24 25 26 27 12 13 14 15 28 29 30 31
              local.set 23
              local.get 13
              local.get 11
              i32.const 1
              i32.shl
              i32.const 3
              i32.shl
              i32.add
              local.get 22
              f64x2.promote_low_f32x4
              v128.store align=1
              local.get 13
              local.get 11
              i32.const 1
              i32.shl
              i32.const 3
              i32.shl
              i32.add
              local.get 22
              local.get 22
              i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
              f64x2.promote_low_f32x4
              v128.store offset=16 align=1
              local.get 13
              local.get 11
              i32.const 1
              i32.shl
              i32.const 3
              i32.shl
              i32.add
              local.get 23
              f64x2.promote_low_f32x4
              v128.store offset=32 align=1
              local.get 13
              local.get 11
              i32.const 1
              i32.shl
              i32.const 3
              i32.shl
              i32.add
              local.get 23
              local.get 23
              i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
              f64x2.promote_low_f32x4
              v128.store offset=48 align=1
              local.get 11
              i32.const 4
              i32.add
              local.set 11
              local.get 11
              local.get 2
              i32.ge_u
              i32.eqz
              br_if 0 (;@5;)
            end
          end
          local.get 28
          i32.const 0
          v128.load offset=912 align=1
          i32x4.lt_u
          local.get 29
          i32.const 0
          v128.load offset=784 align=1
          i32x4.ge_u
          v128.and
          i32x4.all_true
          local.get 31
          i32x4.all_true
          i32.and
          local.get 30
          local.get 32
          v128.and
          v128.any_true
          i32.eqz
          i32.and
          i32.eqz
          if  ;; label = @4
            local.get 6
            local.get 12
            i32.const 2
            i32.shl
            i32.add
            local.get 10
            i32.store
            local.get 12
            i32.const 1
            i32.add
            local.set 12
          end
          local.get 10
          i32.const 1
          i32.add
          local.set 10
          local.get 10
          local.get 0
          i32.ge_u
          i32.eqz
          br_if 0 (;@3;)
        end
      end
    end
    local.get 7
    i32.const 0
    i32.ne
    i32.eqz
    local.get 8
    i32.const 1
    i32.ne
    i32.eqz
    i32.and
    if  ;; label = @1
      i32.const 0
      local.set 10
      block  ;; label = @2
        local.get 10
        local.get 0
        i32.ge_u
        br_if 0 (;@2;)
        loop  ;; label = @3
          local.get 3
          local.get 10
          local.get 1
          i32.mul
          i32.const 3
          i32.shl
          i32.add
          local.set 13
          local.get 4
          local.get 10
          i32.const 2
          i32.shl
          i32.add
          i32.load
          local.set 15
          i32.const 0
          v128.load offset=400 align=1
          local.set 28
          i32.const 0
          v128.load offset=416 align=1
          local.set 29
          i32.const 0
          v128.load offset=400 align=1
          local.set 30
          i32.const 0
          v128.load offset=416 align=1
          local.set 31
          i32.const 0
          local.set 11
          block  ;; label = @4
            local.get 11
            local.get 2
            i32.ge_u
            br_if 0 (;@4;)
            loop  ;; label = @5
              local.get 13
              local.get 11
              i32.const 1
              i32.shl
              i32.const 3
              i32.shl
              i32.add
              v128.load align=1
              local.set 22
              local.get 13
              local.get 11
              i32.const 1
              i32.shl
              i32.const 3
              i32.shl
              i32.add
              v128.load offset=16 align=1
              local.set 23
              local.get 13
              local.get 11
              i32.const 1
              i32.shl
              i32.const 3
              i32.shl
              i32.add
              v128.load offset=32 align=1
              local.set 24
              local.get 13
              local.get 11
              i32.const 1
              i32.shl
              i32.const 3
              i32.shl
              i32.add
              v128.load offset=48 align=1
              local.set 25
              local.get 30
              local.get 22
              v128.or
              local.set 30
              local.get 31
              local.get 22
              f32x4.demote_f64x2_zero
              f64x2.promote_low_f32x4
              local.get 22
              f64x2.eq
              v128.and
              local.set 31
              local.get 30
              local.get 23
              v128.or
              local.set 30
              local.get 31
              local.get 23
              f32x4.demote_f64x2_zero
              f64x2.promote_low_f32x4
              local.get 23
              f64x2.eq
              v128.and
              local.set 31
              local.get 30
              local.get 24
              v128.or
              local.set 30
              local.get 31
              local.get 24
              f32x4.demote_f64x2_zero
              f64x2.promote_low_f32x4
              local.get 24
              f64x2.eq
              v128.and
              local.set 31
              local.get 30
              local.get 25
              v128.or
              local.set 30
              local.get 31
              local.get 25
              f32x4.demote_f64x2_zero
              f64x2.promote_low_f32x4
              local.get 25
              f64x2.eq
              v128.and
              local.set 31
              local.get 22
              local.get 23
              i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
              local.set 33
              local.get 22
              local.get 23
              i8x16.shuffle 8 9 10 11 12 13 14 15 24 25 26 27 28 29 30 31
              local.set 35
              local.get 24
              local.get 25
              i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
              local.set 34
              local.get 24
              local.get 25
              i8x16.shuffle 8 9 10 11 12 13 14 15 24 25 26 27 28 29 30 31
              local.set 36
              local.get 33
              f32x4.demote_f64x2_zero
              local.get 34
              f32x4.demote_f64x2_zero
              i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
              local.set 16
              local.get 35
              f32x4.demote_f64x2_zero
              local.get 36
              f32x4.demote_f64x2_zero
              i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
              local.set 17
              local.get 16
              i32.const 1
              i32x4.shl
              local.set 26
              local.get 28
              local.get 26
              i32x4.max_u
              local.set 28
              local.get 29
              local.get 26
              i32.const 0
              v128.load offset=432 align=1
              i32x4.sub
              i32x4.min_u
              local.set 29
              local.get 17
              i32.const 1
              i32x4.shl
              local.set 26
              local.get 28
              local.get 26
              i32x4.max_u
              local.set 28
              local.get 29
              local.get 26
              i32.const 0
              v128.load offset=432 align=1
              i32x4.sub
              i32x4.min_u
              local.set 29
              local.get 15
              local.get 11
              i32.const 2
              i32.shl
              i32.add
              v128.load align=1
              local.set 18
              local.get 15
              local.get 5
              i32.add
              local.get 11
              i32.const 2
              i32.shl
              i32.add
              v128.load align=1
              local.set 19
              local.get 16
              local.get 18
              f32x4.mul
              local.get 17
              local.get 19
              f32x4.mul
              f32x4.sub
              local.set 20
              local.get 16
              local.get 19
              f32x4.mul
              local.get 17
              local.get 18
              f32x4.mul
              f32x4.add
              local.set 21
              local.get 20
              i32.const 0
              v128.load offset=448 align=1
              i32x4.add
              local.get 20
              i32.const 16
              i32x4.shr_u
              i32.const 0
              v128.load offset=432 align=1
              v128.and
              i32x4.add
              i32.const 0
              v128.load offset=464 align=1
              v128.and
              local.set 20
              local.get 21
              i32.const 0
              v128.load offset=448 align=1
              i32x4.add
              local.get 21
              i32.const 16
              i32x4.shr_u
              i32.const 0
              v128.load offset=432 align=1
              v128.and
              i32x4.add
              i32.const 0
              v128.load offset=464 align=1
              v128.and
              local.set 21
              local.get 20
              local.get 21
              i8x16.shuffle 0 1 2 3 16 17 18 19 4 5 6 7 20 21 22 23
              local.set 22
              local.get 20
              local.get 21
              i8x16.shuffle 8 9 10 11 24 25 26 27 12 13 14 15 28 29 30 31
              local.set 23
              local.get 13
              local.get 11
              i32.const 1
              i32.shl
              i32.const 3
              i32.shl
              i32.add
              local.get 22
              f64x2.promote_low_f32x4
              v128.store align=1
              local.get 13
              local.get 11
              i32.const 1
              i32.shl
              i32.const 3
              i32.shl
              i32.add
              local.get 22
              local.get 22
              i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
              f64x2.promote_low_f32x4
              v128.store offset=16 align=1
              local.get 13
              local.get 11
              i32.const 1
              i32.shl
              i32.const 3
              i32.shl
              i32.add
              local.get 23
              f64x2.promote_low_f32x4
              v128.store offset=32 align=1
              local.get 13
              local.get 11
              i32.const 1
              i32.shl
              i32.const 3
              i32.shl
              i32.add
              local.get 23
              local.get 23
              i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
              f64x2.promote_low_f32x4
              v128.store offset=48 align=1
              local.get 11
              i32.const 4
              i32.add
              local.set 11
              local.get 11
              local.get 2
              i32.ge_u
              i32.eqz
              br_if 0 (;@5;)
            end
          end
          local.get 28
          i32.const 0
          v128.load offset=912 align=1
          i32x4.lt_u
          local.get 29
          i32.const 0
          v128.load offset=784 align=1
          i32x4.ge_u
          v128.and
          i32x4.all_true
          local.get 31
          i32x4.all_true
          i32.and
          local.get 30
          local.get 32
          v128.and
          v128.any_true
          i32.eqz
          i32.and
          i32.eqz
          if  ;; label = @4
            local.get 6
            local.get 12
            i32.const 2
            i32.shl
            i32.add
            local.get 10
            i32.store
            local.get 12
            i32.const 1
            i32.add
            local.set 12
          end
          local.get 10
          i32.const 1
          i32.add
          local.set 10
          local.get 10
          local.get 0
          i32.ge_u
          i32.eqz
          br_if 0 (;@3;)
        end
      end
    end
    local.get 7
    i32.const 0
    i32.ne
    i32.eqz
    local.get 8
    i32.const 2
    i32.ne
    i32.eqz
    i32.and
    if  ;; label = @1
      i32.const 0
      local.set 10
      block  ;; label = @2
        local.get 10
        local.get 0
        i32.ge_u
        br_if 0 (;@2;)
        loop  ;; label = @3
          local.get 3
          local.get 10
          local.get 1
          i32.mul
          i32.const 3
          i32.shl
          i32.add
          local.set 13
          local.get 4
          local.get 10
          i32.const 2
          i32.shl
          i32.add
          i32.load
          local.set 15
          i32.const 0
          v128.load offset=400 align=1
          local.set 28
          i32.const 0
          v128.load offset=416 align=1
          local.set 29
          i32.const 0
          v128.load offset=400 align=1
          local.set 30
          i32.const 0
          v128.load offset=416 align=1
          local.set 31
          i32.const 0
          local.set 11
          block  ;; label = @4
            local.get 11
            local.get 2
            i32.ge_u
            br_if 0 (;@4;)
            loop  ;; label = @5
              local.get 13
              local.get 11
              i32.const 1
              i32.shl
              i32.const 3
              i32.shl
              i32.add
              v128.load align=1
              local.set 22
              local.get 13
              local.get 11
              i32.const 1
              i32.shl
              i32.const 3
              i32.shl
              i32.add
              v128.load offset=16 align=1
              local.set 23
              local.get 13
              local.get 11
              i32.const 1
              i32.shl
              i32.const 3
              i32.shl
              i32.add
              v128.load offset=32 align=1
              local.set 24
              local.get 13
              local.get 11
              i32.const 1
              i32.shl
              i32.const 3
              i32.shl
              i32.add
              v128.load offset=48 align=1
              local.set 25
              local.get 30
              local.get 22
              v128.or
              local.set 30
              local.get 31
              local.get 22
              f32x4.demote_f64x2_zero
              f64x2.promote_low_f32x4
              local.get 22
              f64x2.eq
              v128.and
              local.set 31
              local.get 30
              local.get 23
              v128.or
              local.set 30
              local.get 31
              local.get 23
              f32x4.demote_f64x2_zero
              f64x2.promote_low_f32x4
              local.get 23
              f64x2.eq
              v128.and
              local.set 31
              local.get 30
              local.get 24
              v128.or
              local.set 30
              local.get 31
              local.get 24
              f32x4.demote_f64x2_zero
              f64x2.promote_low_f32x4
              local.get 24
              f64x2.eq
              v128.and
              local.set 31
              local.get 30
              local.get 25
              v128.or
              local.set 30
              local.get 31
              local.get 25
              f32x4.demote_f64x2_zero
              f64x2.promote_low_f32x4
              local.get 25
              f64x2.eq
              v128.and
              local.set 31
              local.get 22
              local.get 23
              i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
              local.set 33
              local.get 22
              local.get 23
              i8x16.shuffle 8 9 10 11 12 13 14 15 24 25 26 27 28 29 30 31
              local.set 35
              local.get 24
              local.get 25
              i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
              local.set 34
              local.get 24
              local.get 25
              i8x16.shuffle 8 9 10 11 12 13 14 15 24 25 26 27 28 29 30 31
              local.set 36
              local.get 33
              f32x4.demote_f64x2_zero
              local.get 34
              f32x4.demote_f64x2_zero
              i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
              local.set 16
              local.get 35
              f32x4.demote_f64x2_zero
              local.get 36
              f32x4.demote_f64x2_zero
              i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
              local.set 17
              local.get 16
              i32.const 1
              i32x4.shl
              local.set 26
              local.get 28
              local.get 26
              i32x4.max_u
              local.set 28
              local.get 29
              local.get 26
              i32.const 0
              v128.load offset=432 align=1
              i32x4.sub
              i32x4.min_u
              local.set 29
              local.get 17
              i32.const 1
              i32x4.shl
              local.set 26
              local.get 28
              local.get 26
              i32x4.max_u
              local.set 28
              local.get 29
              local.get 26
              i32.const 0
              v128.load offset=432 align=1
              i32x4.sub
              i32x4.min_u
              local.set 29
              local.get 15
              local.get 11
              i32.const 2
              i32.shl
              i32.add
              v128.load align=1
              local.set 18
              local.get 15
              local.get 5
              i32.add
              local.get 11
              i32.const 2
              i32.shl
              i32.add
              v128.load align=1
              local.set 19
              local.get 16
              local.get 18
              f32x4.mul
              local.get 17
              local.get 19
              f32x4.mul
              f32x4.sub
              local.set 20
              local.get 16
              local.get 19
              f32x4.mul
              local.get 17
              local.get 18
              f32x4.mul
              f32x4.add
              local.set 21
              local.get 20
              i32.const 0
              v128.load offset=832 align=1
              v128.and
              local.set 27
              local.get 27
              i32.const 0
              v128.load offset=848 align=1
              i32x4.min_u
              local.set 42
              local.get 27
              i32.const 0
              v128.load offset=640 align=1
              f32x4.add
              i32.const 0
              v128.load offset=640 align=1
              i32x4.sub
              local.get 42
              i32.const 0
              v128.load offset=800 align=1
              i32x4.add
              local.get 42
              i32.const 13
              i32x4.shr_u
              i32.const 0
              v128.load offset=432 align=1
              v128.and
              i32x4.add
              i32.const 13
              i32x4.shr_u
              local.get 27
              i32.const 0
              v128.load offset=672 align=1
              i32x4.lt_s
              v128.bitselect
              local.get 20
              i32.const 16
              i32x4.shr_u
              i32.const 0
              v128.load offset=816 align=1
              v128.and
              v128.or
              local.set 41
              local.get 41
              i32.const 0
              v128.load offset=448 align=1
              v128.and
              local.set 27
              i32.const 0
              v128.load offset=880 align=1
              local.get 27
              i32.const 13
              i32x4.shl
              i32.const 0
              v128.load offset=864 align=1
              f32x4.mul
              local.get 27
              i32.const 0
              v128.load offset=896 align=1
              i32x4.eq
              v128.bitselect
              local.get 41
              i32.const 0
              v128.load offset=816 align=1
              v128.and
              i32.const 16
              i32x4.shl
              v128.or
              local.set 20
              local.get 21
              i32.const 0
              v128.load offset=832 align=1
              v128.and
              local.set 27
              local.get 27
              i32.const 0
              v128.load offset=848 align=1
              i32x4.min_u
              local.set 42
              local.get 27
              i32.const 0
              v128.load offset=640 align=1
              f32x4.add
              i32.const 0
              v128.load offset=640 align=1
              i32x4.sub
              local.get 42
              i32.const 0
              v128.load offset=800 align=1
              i32x4.add
              local.get 42
              i32.const 13
              i32x4.shr_u
              i32.const 0
              v128.load offset=432 align=1
              v128.and
              i32x4.add
              i32.const 13
              i32x4.shr_u
              local.get 27
              i32.const 0
              v128.load offset=672 align=1
              i32x4.lt_s
              v128.bitselect
              local.get 21
              i32.const 16
              i32x4.shr_u
              i32.const 0
              v128.load offset=816 align=1
              v128.and
              v128.or
              local.set 41
              local.get 41
              i32.const 0
              v128.load offset=448 align=1
              v128.and
              local.set 27
              i32.const 0
              v128.load offset=880 align=1
              local.get 27
              i32.const 13
              i32x4.shl
              i32.const 0
              v128.load offset=864 align=1
              f32x4.mul
              local.get 27
              i32.const 0
              v128.load offset=896 align=1
              i32x4.eq
              v128.bitselect
              local.get 41
              i32.const 0
              v128.load offset=816 align=1
              v128.and
              i32.const 16
              i32x4.shl
              v128.or
              local.set 21
              local.get 20
              local.get 21
              i8x16.shuffle 0 1 2 3 16 17 18 19 4 5 6 7 20 21 22 23
              local.set 22
              local.get 20
              local.get 21
              i8x16.shuffle 8 9 10 11 24 25 26 27 12 13 14 15 28 29 30 31
              local.set 23
              local.get 13
              local.get 11
              i32.const 1
              i32.shl
              i32.const 3
              i32.shl
              i32.add
              local.get 22
              f64x2.promote_low_f32x4
              v128.store align=1
              local.get 13
              local.get 11
              i32.const 1
              i32.shl
              i32.const 3
              i32.shl
              i32.add
              local.get 22
              local.get 22
              i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
              f64x2.promote_low_f32x4
              v128.store offset=16 align=1
              local.get 13
              local.get 11
              i32.const 1
              i32.shl
              i32.const 3
              i32.shl
              i32.add
              local.get 23
              f64x2.promote_low_f32x4
              v128.store offset=32 align=1
              local.get 13
              local.get 11
              i32.const 1
              i32.shl
              i32.const 3
              i32.shl
              i32.add
              local.get 23
              local.get 23
              i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
              f64x2.promote_low_f32x4
              v128.store offset=48 align=1
              local.get 11
              i32.const 4
              i32.add
              local.set 11
              local.get 11
              local.get 2
              i32.ge_u
              i32.eqz
              br_if 0 (;@5;)
            end
          end
          local.get 28
          i32.const 0
          v128.load offset=912 align=1
          i32x4.lt_u
          local.get 29
          i32.const 0
          v128.load offset=784 align=1
          i32x4.ge_u
          v128.and
          i32x4.all_true
          local.get 31
          i32x4.all_true
          i32.and
          local.get 30
          local.get 32
          v128.and
          v128.any_true
          i32.eqz
          i32.and
          i32.eqz
          if  ;; label = @4
            local.get 6
            local.get 12
            i32.const 2
            i32.shl
            i32.add
            local.get 10
            i32.store
            local.get 12
            i32.const 1
            i32.add
            local.set 12
          end
          local.get 10
          i32.const 1
          i32.add
          local.set 10
          local.get 10
          local.get 0
          i32.ge_u
          i32.eqz
          br_if 0 (;@3;)
        end
      end
    end
    local.get 7
    i32.const 1
    i32.ne
    i32.eqz
    local.get 8
    i32.const 0
    i32.ne
    i32.eqz
    i32.and
    if  ;; label = @1
      i32.const 0
      local.set 10
      block  ;; label = @2
        local.get 10
        local.get 0
        i32.ge_u
        br_if 0 (;@2;)
        loop  ;; label = @3
          local.get 3
          local.get 10
          local.get 1
          i32.mul
          i32.const 3
          i32.shl
          i32.add
          local.set 13
          local.get 4
          local.get 10
          i32.const 2
          i32.shl
          i32.add
          i32.load
          local.set 15
          i32.const 0
          v128.load offset=400 align=1
          local.set 28
          i32.const 0
          v128.load offset=416 align=1
          local.set 29
          i32.const 0
          local.set 11
          block  ;; label = @4
            local.get 11
            local.get 2
            i32.ge_u
            br_if 0 (;@4;)
            loop  ;; label = @5
              local.get 13
              local.get 11
              i32.const 1
              i32.shl
              i32.const 3
              i32.shl
              i32.add
              v128.load align=1
              local.set 22
              local.get 13
              local.get 11
              i32.const 1
              i32.shl
              i32.const 3
              i32.shl
              i32.add
              v128.load offset=16 align=1
              local.set 23
              local.get 13
              local.get 11
              i32.const 1
              i32.shl
              i32.const 3
              i32.shl
              i32.add
              v128.load offset=32 align=1
              local.set 24
              local.get 13
              local.get 11
              i32.const 1
              i32.shl
              i32.const 3
              i32.shl
              i32.add
              v128.load offset=48 align=1
              local.set 25
              local.get 22
              local.get 23
              i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
              local.set 33
              local.get 22
              local.get 23
              i8x16.shuffle 8 9 10 11 12 13 14 15 24 25 26 27 28 29 30 31
              local.set 35
              local.get 24
              local.get 25
              i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
              local.set 34
              local.get 24
              local.get 25
              i8x16.shuffle 8 9 10 11 12 13 14 15 24 25 26 27 28 29 30 31
              local.set 36
              local.get 33
              f32x4.demote_f64x2_zero
              local.get 34
              f32x4.demote_f64x2_zero
              i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
              local.set 16
              local.get 35
              f32x4.demote_f64x2_zero
              local.get 36
              f32x4.demote_f64x2_zero
              i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
              local.set 17
              local.get 16
              i32.const 1
              i32x4.shl
              local.set 26
              local.get 28
              local.get 26
              i32x4.max_u
              local.set 28
              local.get 29
              local.get 26
              i32.const 0
              v128.load offset=432 align=1
              i32x4.sub
              i32x4.min_u
              local.set 29
              local.get 17
              i32.const 1
              i32x4.shl
              local.set 26
              local.get 28
              local.get 26
              i32x4.max_u
              local.set 28
              local.get 29
              local.get 26
              i32.const 0
              v128.load offset=432 align=1
              i32x4.sub
              i32x4.min_u
              local.set 29
              local.get 15
              local.get 11
              i32.const 2
              i32.shl
              i32.add
              v128.load align=1
              local.set 18
              local.get 15
              local.get 5
              i32.add
              local.get 11
              i32.const 2
              i32.shl
              i32.add
              v128.load align=1
              local.set 19
              local.get 18
              f64x2.promote_low_f32x4
              local.set 37
              local.get 18
              local.get 18
              i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
              f64x2.promote_low_f32x4
              local.set 38
              local.get 19
              f64x2.promote_low_f32x4
              local.set 39
              local.get 19
              local.get 19
              i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
              f64x2.promote_low_f32x4
              local.set 40
              local.get 33
              local.get 37
              f64x2.mul
              f32x4.demote_f64x2_zero
              f64x2.promote_low_f32x4
              local.get 35
              local.get 39
              f64x2.mul
              f32x4.demote_f64x2_zero
              f64x2.promote_low_f32x4
              f64x2.sub
              f32x4.demote_f64x2_zero
              local.set 22
              local.get 33
              local.get 39
              f64x2.mul
              f32x4.demote_f64x2_zero
              f64x2.promote_low_f32x4
              local.get 35
              local.get 37
              f64x2.mul
              f32x4.demote_f64x2_zero
              f64x2.promote_low_f32x4
              f64x2.add
              f32x4.demote_f64x2_zero
              local.set 23
              local.get 34
              local.get 38
              f64x2.mul
              f32x4.demote_f64x2_zero
              f64x2.promote_low_f32x4
              local.get 36
              local.get 40
              f64x2.mul
              f32x4.demote_f64x2_zero
              f64x2.promote_low_f32x4
              f64x2.sub
              f32x4.demote_f64x2_zero
              local.set 24
              local.get 34
              local.get 40
              f64x2.mul
              f32x4.demote_f64x2_zero
              f64x2.promote_low_f32x4
              local.get 36
              local.get 38
              f64x2.mul
              f32x4.demote_f64x2_zero
              f64x2.promote_low_f32x4
              f64x2.add
              f32x4.demote_f64x2_zero
              local.set 25
              local.get 22
              local.get 24
              i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
              local.set 20
              local.get 23
              local.get 25
              i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
              local.set 21
              local.get 20
              local.get 21
              i8x16.shuffle 0 1 2 3 16 17 18 19 4 5 6 7 20 21 22 23
              local.set 22
              local.get 20
              local.get 21
              i8x16.shuffle 8 9 10 11 24 25 26 27 12 13 14 15 28 29 30 31
              local.set 23
              local.get 13
              local.get 11
              i32.const 1
              i32.shl
              i32.const 3
              i32.shl
              i32.add
              local.get 22
              f64x2.promote_low_f32x4
              v128.store align=1
              local.get 13
              local.get 11
              i32.const 1
              i32.shl
              i32.const 3
              i32.shl
              i32.add
              local.get 22
              local.get 22
              i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
              f64x2.promote_low_f32x4
              v128.store offset=16 align=1
              local.get 13
              local.get 11
              i32.const 1
              i32.shl
              i32.const 3
              i32.shl
              i32.add
              local.get 23
              f64x2.promote_low_f32x4
              v128.store offset=32 align=1
              local.get 13
              local.get 11
              i32.const 1
              i32.shl
              i32.const 3
              i32.shl
              i32.add
              local.get 23
              local.get 23
              i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
              f64x2.promote_low_f32x4
              v128.store offset=48 align=1
              local.get 11
              i32.const 4
              i32.add
              local.set 11
              local.get 11
              local.get 2
              i32.ge_u
              i32.eqz
              br_if 0 (;@5;)
            end
          end
          local.get 28
          i32.const 0
          v128.load offset=912 align=1
          i32x4.lt_u
          i32x4.all_true
          i32.eqz
          if  ;; label = @4
            local.get 6
            local.get 12
            i32.const 2
            i32.shl
            i32.add
            local.get 10
            i32.store
            local.get 12
            i32.const 1
            i32.add
            local.set 12
          end
          local.get 10
          i32.const 1
          i32.add
          local.set 10
          local.get 10
          local.get 0
          i32.ge_u
          i32.eqz
          br_if 0 (;@3;)
        end
      end
    end
    local.get 7
    i32.const 1
    i32.ne
    i32.eqz
    local.get 8
    i32.const 1
    i32.ne
    i32.eqz
    i32.and
    if  ;; label = @1
      i32.const 0
      local.set 10
      block  ;; label = @2
        local.get 10
        local.get 0
        i32.ge_u
        br_if 0 (;@2;)
        loop  ;; label = @3
          local.get 3
          local.get 10
          local.get 1
          i32.mul
          i32.const 3
          i32.shl
          i32.add
          local.set 13
          local.get 4
          local.get 10
          i32.const 2
          i32.shl
          i32.add
          i32.load
          local.set 15
          i32.const 0
          v128.load offset=400 align=1
          local.set 28
          i32.const 0
          v128.load offset=416 align=1
          local.set 29
          i32.const 0
          local.set 11
          block  ;; label = @4
            local.get 11
            local.get 2
            i32.ge_u
            br_if 0 (;@4;)
            loop  ;; label = @5
              local.get 13
              local.get 11
              i32.const 1
              i32.shl
              i32.const 3
              i32.shl
              i32.add
              v128.load align=1
              local.set 22
              local.get 13
              local.get 11
              i32.const 1
              i32.shl
              i32.const 3
              i32.shl
              i32.add
              v128.load offset=16 align=1
              local.set 23
              local.get 13
              local.get 11
              i32.const 1
              i32.shl
              i32.const 3
              i32.shl
              i32.add
              v128.load offset=32 align=1
              local.set 24
              local.get 13
              local.get 11
              i32.const 1
              i32.shl
              i32.const 3
              i32.shl
              i32.add
              v128.load offset=48 align=1
              local.set 25
              local.get 22
              local.get 23
              i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
              local.set 33
              local.get 22
              local.get 23
              i8x16.shuffle 8 9 10 11 12 13 14 15 24 25 26 27 28 29 30 31
              local.set 35
              local.get 24
              local.get 25
              i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
              local.set 34
              local.get 24
              local.get 25
              i8x16.shuffle 8 9 10 11 12 13 14 15 24 25 26 27 28 29 30 31
              local.set 36
              local.get 33
              f32x4.demote_f64x2_zero
              local.get 34
              f32x4.demote_f64x2_zero
              i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
              local.set 16
              local.get 35
              f32x4.demote_f64x2_zero
              local.get 36
              f32x4.demote_f64x2_zero
              i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
              local.set 17
              local.get 16
              i32.const 1
              i32x4.shl
              local.set 26
              local.get 28
              local.get 26
              i32x4.max_u
              local.set 28
              local.get 29
              local.get 26
              i32.const 0
              v128.load offset=432 align=1
              i32x4.sub
              i32x4.min_u
              local.set 29
              local.get 17
              i32.const 1
              i32x4.shl
              local.set 26
              local.get 28
              local.get 26
              i32x4.max_u
              local.set 28
              local.get 29
              local.get 26
              i32.const 0
              v128.load offset=432 align=1
              i32x4.sub
              i32x4.min_u
              local.set 29
              local.get 15
              local.get 11
              i32.const 2
              i32.shl
              i32.add
              v128.load align=1
              local.set 18
              local.get 15
              local.get 5
              i32.add
              local.get 11
              i32.const 2
              i32.shl
              i32.add
              v128.load align=1
              local.set 19
              local.get 18
              f64x2.promote_low_f32x4
              local.set 37
              local.get 18
              local.get 18
              i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
              f64x2.promote_low_f32x4
              local.set 38
              local.get 19
              f64x2.promote_low_f32x4
              local.set 39
              local.get 19
              local.get 19
              i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
              f64x2.promote_low_f32x4
              local.set 40
              local.get 33
              local.get 37
              f64x2.mul
              f32x4.demote_f64x2_zero
              f64x2.promote_low_f32x4
              local.get 35
              local.get 39
              f64x2.mul
              f32x4.demote_f64x2_zero
              f64x2.promote_low_f32x4
              f64x2.sub
              f32x4.demote_f64x2_zero
              local.set 22
              local.get 33
              local.get 39
              f64x2.mul
              f32x4.demote_f64x2_zero
              f64x2.promote_low_f32x4
              local.get 35
              local.get 37
              f64x2.mul
              f32x4.demote_f64x2_zero
              f64x2.promote_low_f32x4
              f64x2.add
              f32x4.demote_f64x2_zero
              local.set 23
              local.get 34
              local.get 38
              f64x2.mul
              f32x4.demote_f64x2_zero
              f64x2.promote_low_f32x4
              local.get 36
              local.get 40
              f64x2.mul
              f32x4.demote_f64x2_zero
              f64x2.promote_low_f32x4
              f64x2.sub
              f32x4.demote_f64x2_zero
              local.set 24
              local.get 34
              local.get 40
              f64x2.mul
              f32x4.demote_f64x2_zero
              f64x2.promote_low_f32x4
              local.get 36
              local.get 38
              f64x2.mul
              f32x4.demote_f64x2_zero
              f64x2.promote_low_f32x4
              f64x2.add
              f32x4.demote_f64x2_zero
              local.set 25
              local.get 22
              local.get 24
              i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
              local.set 20
              local.get 23
              local.get 25
              i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
              local.set 21
              local.get 20
              i32.const 0
              v128.load offset=448 align=1
              i32x4.add
              local.get 20
              i32.const 16
              i32x4.shr_u
              i32.const 0
              v128.load offset=432 align=1
              v128.and
              i32x4.add
              i32.const 0
              v128.load offset=464 align=1
              v128.and
              local.set 20
              local.get 21
              i32.const 0
              v128.load offset=448 align=1
              i32x4.add
              local.get 21
              i32.const 16
              i32x4.shr_u
              i32.const 0
              v128.load offset=432 align=1
              v128.and
              i32x4.add
              i32.const 0
              v128.load offset=464 align=1
              v128.and
              local.set 21
              local.get 20
              local.get 21
              i8x16.shuffle 0 1 2 3 16 17 18 19 4 5 6 7 20 21 22 23
              local.set 22
              local.get 20
              local.get 21
              i8x16.shuffle 8 9 10 11 24 25 26 27 12 13 14 15 28 29 30 31
              local.set 23
              local.get 13
              local.get 11
              i32.const 1
              i32.shl
              i32.const 3
              i32.shl
              i32.add
              local.get 22
              f64x2.promote_low_f32x4
              v128.store align=1
              local.get 13
              local.get 11
              i32.const 1
              i32.shl
              i32.const 3
              i32.shl
              i32.add
              local.get 22
              local.get 22
              i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
              f64x2.promote_low_f32x4
              v128.store offset=16 align=1
              local.get 13
              local.get 11
              i32.const 1
              i32.shl
              i32.const 3
              i32.shl
              i32.add
              local.get 23
              f64x2.promote_low_f32x4
              v128.store offset=32 align=1
              local.get 13
              local.get 11
              i32.const 1
              i32.shl
              i32.const 3
              i32.shl
              i32.add
              local.get 23
              local.get 23
              i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
              f64x2.promote_low_f32x4
              v128.store offset=48 align=1
              local.get 11
              i32.const 4
              i32.add
              local.set 11
              local.get 11
              local.get 2
              i32.ge_u
              i32.eqz
              br_if 0 (;@5;)
            end
          end
          local.get 28
          i32.const 0
          v128.load offset=912 align=1
          i32x4.lt_u
          i32x4.all_true
          i32.eqz
          if  ;; label = @4
            local.get 6
            local.get 12
            i32.const 2
            i32.shl
            i32.add
            local.get 10
            i32.store
            local.get 12
            i32.const 1
            i32.add
            local.set 12
          end
          local.get 10
          i32.const 1
          i32.add
          local.set 10
          local.get 10
          local.get 0
          i32.ge_u
          i32.eqz
          br_if 0 (;@3;)
        end
      end
    end
    local.get 7
    i32.const 1
    i32.ne
    i32.eqz
    local.get 8
    i32.const 2
    i32.ne
    i32.eqz
    i32.and
    if  ;; label = @1
      i32.const 0
      local.set 10
      block  ;; label = @2
        local.get 10
        local.get 0
        i32.ge_u
        br_if 0 (;@2;)
        loop  ;; label = @3
          local.get 3
          local.get 10
          local.get 1
          i32.mul
          i32.const 3
          i32.shl
          i32.add
          local.set 13
          local.get 4
          local.get 10
          i32.const 2
          i32.shl
          i32.add
          i32.load
          local.set 15
          i32.const 0
          v128.load offset=400 align=1
          local.set 28
          i32.const 0
          v128.load offset=416 align=1
          local.set 29
          i32.const 0
          local.set 11
          block  ;; label = @4
            local.get 11
            local.get 2
            i32.ge_u
            br_if 0 (;@4;)
            loop  ;; label = @5
              local.get 13
              local.get 11
              i32.const 1
              i32.shl
              i32.const 3
              i32.shl
              i32.add
              v128.load align=1
              local.set 22
              local.get 13
              local.get 11
              i32.const 1
              i32.shl
              i32.const 3
              i32.shl
              i32.add
              v128.load offset=16 align=1
              local.set 23
              local.get 13
              local.get 11
              i32.const 1
              i32.shl
              i32.const 3
              i32.shl
              i32.add
              v128.load offset=32 align=1
              local.set 24
              local.get 13
              local.get 11
              i32.const 1
              i32.shl
              i32.const 3
              i32.shl
              i32.add
              v128.load offset=48 align=1
              local.set 25
              local.get 22
              local.get 23
              i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
              local.set 33
              local.get 22
              local.get 23
              i8x16.shuffle 8 9 10 11 12 13 14 15 24 25 26 27 28 29 30 31
              local.set 35
              local.get 24
              local.get 25
              i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
              local.set 34
              local.get 24
              local.get 25
              i8x16.shuffle 8 9 10 11 12 13 14 15 24 25 26 27 28 29 30 31
              local.set 36
              local.get 33
              f32x4.demote_f64x2_zero
              local.get 34
              f32x4.demote_f64x2_zero
              i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
              local.set 16
              local.get 35
              f32x4.demote_f64x2_zero
              local.get 36
              f32x4.demote_f64x2_zero
              i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
              local.set 17
              local.get 16
              i32.const 1
              i32x4.shl
              local.set 26
              local.get 28
              local.get 26
              i32x4.max_u
              local.set 28
              local.get 29
              local.get 26
              i32.const 0
              v128.load offset=432 align=1
              i32x4.sub
              i32x4.min_u
              local.set 29
              local.get 17
              i32.const 1
              i32x4.shl
              local.set 26
              local.get 28
              local.get 26
              i32x4.max_u
              local.set 28
              local.get 29
              local.get 26
              i32.const 0
              v128.load offset=432 align=1
              i32x4.sub
              i32x4.min_u
              local.set 29
              local.get 15
              local.get 11
              i32.const 2
              i32.shl
              i32.add
              v128.load align=1
              local.set 18
              local.get 15
              local.get 5
              i32.add
              local.get 11
              i32.const 2
              i32.shl
              i32.add
              v128.load align=1
              local.set 19
              local.get 18
              f64x2.promote_low_f32x4
              local.set 37
              local.get 18
              local.get 18
              i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
              f64x2.promote_low_f32x4
              local.set 38
              local.get 19
              f64x2.promote_low_f32x4
              local.set 39
              local.get 19
              local.get 19
              i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
              f64x2.promote_low_f32x4
              local.set 40
              local.get 33
              local.get 37
              f64x2.mul
              f32x4.demote_f64x2_zero
              f64x2.promote_low_f32x4
              local.get 35
              local.get 39
              f64x2.mul
              f32x4.demote_f64x2_zero
              f64x2.promote_low_f32x4
              f64x2.sub
              f32x4.demote_f64x2_zero
              local.set 22
              local.get 33
              local.get 39
              f64x2.mul
              f32x4.demote_f64x2_zero
              f64x2.promote_low_f32x4
              local.get 35
              local.get 37
              f64x2.mul
              f32x4.demote_f64x2_zero
              f64x2.promote_low_f32x4
              f64x2.add
              f32x4.demote_f64x2_zero
              local.set 23
              local.get 34
              local.get 38
              f64x2.mul
              f32x4.demote_f64x2_zero
              f64x2.promote_low_f32x4
              local.get 36
              local.get 40
              f64x2.mul
              f32x4.demote_f64x2_zero
              f64x2.promote_low_f32x4
              f64x2.sub
              f32x4.demote_f64x2_zero
              local.set 24
              local.get 34
              local.get 40
              f64x2.mul
              f32x4.demote_f64x2_zero
              f64x2.promote_low_f32x4
              local.get 36
              local.get 38
              f64x2.mul
              f32x4.demote_f64x2_zero
              f64x2.promote_low_f32x4
              f64x2.add
              f32x4.demote_f64x2_zero
              local.set 25
              local.get 22
              local.get 24
              i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
              local.set 20
              local.get 23
              local.get 25
              i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
              local.set 21
              local.get 20
              i32.const 0
              v128.load offset=832 align=1
              v128.and
              local.set 27
              local.get 27
              i32.const 0
              v128.load offset=848 align=1
              i32x4.min_u
              local.set 42
              local.get 27
              i32.const 0
              v128.load offset=640 align=1
              f32x4.add
              i32.const 0
              v128.load offset=640 align=1
              i32x4.sub
              local.get 42
              i32.const 0
              v128.load offset=800 align=1
              i32x4.add
              local.get 42
              i32.const 13
              i32x4.shr_u
              i32.const 0
              v128.load offset=432 align=1
              v128.and
              i32x4.add
              i32.const 13
              i32x4.shr_u
              local.get 27
              i32.const 0
              v128.load offset=672 align=1
              i32x4.lt_s
              v128.bitselect
              local.get 20
              i32.const 16
              i32x4.shr_u
              i32.const 0
              v128.load offset=816 align=1
              v128.and
              v128.or
              local.set 41
              local.get 41
              i32.const 0
              v128.load offset=448 align=1
              v128.and
              local.set 27
              i32.const 0
              v128.load offset=880 align=1
              local.get 27
              i32.const 13
              i32x4.shl
              i32.const 0
              v128.load offset=864 align=1
              f32x4.mul
              local.get 27
              i32.const 0
              v128.load offset=896 align=1
              i32x4.eq
              v128.bitselect
              local.get 41
              i32.const 0
              v128.load offset=816 align=1
              v128.and
              i32.const 16
              i32x4.shl
              v128.or
              local.set 20
              local.get 21
              i32.const 0
              v128.load offset=832 align=1
              v128.and
              local.set 27
              local.get 27
              i32.const 0
              v128.load offset=848 align=1
              i32x4.min_u
              local.set 42
              local.get 27
              i32.const 0
              v128.load offset=640 align=1
              f32x4.add
              i32.const 0
              v128.load offset=640 align=1
              i32x4.sub
              local.get 42
              i32.const 0
              v128.load offset=800 align=1
              i32x4.add
              local.get 42
              i32.const 13
              i32x4.shr_u
              i32.const 0
              v128.load offset=432 align=1
              v128.and
              i32x4.add
              i32.const 13
              i32x4.shr_u
              local.get 27
              i32.const 0
              v128.load offset=672 align=1
              i32x4.lt_s
              v128.bitselect
              local.get 21
              i32.const 16
              i32x4.shr_u
              i32.const 0
              v128.load offset=816 align=1
              v128.and
              v128.or
              local.set 41
              local.get 41
              i32.const 0
              v128.load offset=448 align=1
              v128.and
              local.set 27
              i32.const 0
              v128.load offset=880 align=1
              local.get 27
              i32.const 13
              i32x4.shl
              i32.const 0
              v128.load offset=864 align=1
              f32x4.mul
              local.get 27
              i32.const 0
              v128.load offset=896 align=1
              i32x4.eq
              v128.bitselect
              local.get 41
              i32.const 0
              v128.load offset=816 align=1
              v128.and
              i32.const 16
              i32x4.shl
              v128.or
              local.set 21
              local.get 20
              local.get 21
              i8x16.shuffle 0 1 2 3 16 17 18 19 4 5 6 7 20 21 22 23
              local.set 22
              local.get 20
              local.get 21
              i8x16.shuffle 8 9 10 11 24 25 26 27 12 13 14 15 28 29 30 31
              local.set 23
              local.get 13
              local.get 11
              i32.const 1
              i32.shl
              i32.const 3
              i32.shl
              i32.add
              local.get 22
              f64x2.promote_low_f32x4
              v128.store align=1
              local.get 13
              local.get 11
              i32.const 1
              i32.shl
              i32.const 3
              i32.shl
              i32.add
              local.get 22
              local.get 22
              i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
              f64x2.promote_low_f32x4
              v128.store offset=16 align=1
              local.get 13
              local.get 11
              i32.const 1
              i32.shl
              i32.const 3
              i32.shl
              i32.add
              local.get 23
              f64x2.promote_low_f32x4
              v128.store offset=32 align=1
              local.get 13
              local.get 11
              i32.const 1
              i32.shl
              i32.const 3
              i32.shl
              i32.add
              local.get 23
              local.get 23
              i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
              f64x2.promote_low_f32x4
              v128.store offset=48 align=1
              local.get 11
              i32.const 4
              i32.add
              local.set 11
              local.get 11
              local.get 2
              i32.ge_u
              i32.eqz
              br_if 0 (;@5;)
            end
          end
          local.get 28
          i32.const 0
          v128.load offset=912 align=1
          i32x4.lt_u
          i32x4.all_true
          i32.eqz
          if  ;; label = @4
            local.get 6
            local.get 12
            i32.const 2
            i32.shl
            i32.add
            local.get 10
            i32.store
            local.get 12
            i32.const 1
            i32.add
            local.set 12
          end
          local.get 10
          i32.const 1
          i32.add
          local.set 10
          local.get 10
          local.get 0
          i32.ge_u
          i32.eqz
          br_if 0 (;@3;)
        end
      end
    end
    local.get 7
    i32.const 2
    i32.ne
    i32.eqz
    local.get 8
    i32.const 0
    i32.ne
    i32.eqz
    i32.and
    if  ;; label = @1
      i32.const 0
      local.set 10
      block  ;; label = @2
        local.get 10
        local.get 0
        i32.ge_u
        br_if 0 (;@2;)
        loop  ;; label = @3
          local.get 3
          local.get 10
          local.get 1
          i32.mul
          i32.const 3
          i32.shl
          i32.add
          local.set 13
          local.get 4
          local.get 10
          i32.const 2
          i32.shl
          i32.add
          i32.load
          local.set 15
          i32.const 0
          v128.load offset=400 align=1
          local.set 28
          i32.const 0
          v128.load offset=416 align=1
          local.set 29
          i32.const 0
          local.set 11
          block  ;; label = @4
            local.get 11
            local.get 2
            i32.ge_u
            br_if 0 (;@4;)
            loop  ;; label = @5
              local.get 13
              local.get 11
              i32.const 1
              i32.shl
              i32.const 3
              i32.shl
              i32.add
              v128.load align=1
              local.set 22
              local.get 13
              local.get 11
              i32.const 1
              i32.shl
              i32.const 3
              i32.shl
              i32.add
              v128.load offset=16 align=1
              local.set 23
              local.get 13
              local.get 11
              i32.const 1
              i32.shl
              i32.const 3
              i32.shl
              i32.add
              v128.load offset=32 align=1
              local.set 24
              local.get 13
              local.get 11
              i32.const 1
              i32.shl
              i32.const 3
              i32.shl
              i32.add
              v128.load offset=48 align=1
              local.set 25
              local.get 22
              local.get 23
              i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
              local.set 33
              local.get 22
              local.get 23
              i8x16.shuffle 8 9 10 11 12 13 14 15 24 25 26 27 28 29 30 31
              local.set 35
              local.get 24
              local.get 25
              i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
              local.set 34
              local.get 24
              local.get 25
              i8x16.shuffle 8 9 10 11 12 13 14 15 24 25 26 27 28 29 30 31
              local.set 36
              local.get 33
              f32x4.demote_f64x2_zero
              local.get 34
              f32x4.demote_f64x2_zero
              i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
              local.set 16
              local.get 35
              f32x4.demote_f64x2_zero
              local.get 36
              f32x4.demote_f64x2_zero
              i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
              local.set 17
              local.get 16
              i32.const 1
              i32x4.shl
              local.set 26
              local.get 28
              local.get 26
              i32x4.max_u
              local.set 28
              local.get 29
              local.get 26
              i32.const 0
              v128.load offset=432 align=1
              i32x4.sub
              i32x4.min_u
              local.set 29
              local.get 17
              i32.const 1
              i32x4.shl
              local.set 26
              local.get 28
              local.get 26
              i32x4.max_u
              local.set 28
              local.get 29
              local.get 26
              i32.const 0
              v128.load offset=432 align=1
              i32x4.sub
              i32x4.min_u
              local.set 29
              local.get 15
              local.get 11
              i32.const 2
              i32.shl
              i32.add
              v128.load align=1
              local.set 18
              local.get 15
              local.get 5
              i32.add
              local.get 11
              i32.const 2
              i32.shl
              i32.add
              v128.load align=1
              local.set 19
              local.get 18
              f64x2.promote_low_f32x4
              local.set 37
              local.get 18
              local.get 18
              i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
              f64x2.promote_low_f32x4
              local.set 38
              local.get 19
              f64x2.promote_low_f32x4
              local.set 39
              local.get 19
              local.get 19
              i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
              f64x2.promote_low_f32x4
              local.set 40
              local.get 33
              local.get 37
              f64x2.mul
              local.get 35
              local.get 39
              f64x2.mul
              f32x4.demote_f64x2_zero
              f64x2.promote_low_f32x4
              f64x2.sub
              f32x4.demote_f64x2_zero
              local.set 22
              local.get 33
              local.get 39
              f64x2.mul
              local.get 35
              local.get 37
              f64x2.mul
              f32x4.demote_f64x2_zero
              f64x2.promote_low_f32x4
              f64x2.add
              f32x4.demote_f64x2_zero
              local.set 23
              local.get 34
              local.get 38
              f64x2.mul
              local.get 36
              local.get 40
              f64x2.mul
              f32x4.demote_f64x2_zero
              f64x2.promote_low_f32x4
              f64x2.sub
              f32x4.demote_f64x2_zero
              local.set 24
              local.get 34
              local.get 40
              f64x2.mul
              local.get 36
              local.get 38
              f64x2.mul
              f32x4.demote_f64x2_zero
              f64x2.promote_low_f32x4
              f64x2.add
              f32x4.demote_f64x2_zero
              local.set 25
              local.get 22
              local.get 24
              i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
              local.set 20
              local.get 23
              local.get 25
              i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
              local.set 21
              local.get 20
              local.get 21
              i8x16.shuffle 0 1 2 3 16 17 18 19 4 5 6 7 20 21 22 23
              local.set 22
              local.get 20
              local.get 21
              i8x16.shuffle 8 9 10 11 24 25 26 27 12 13 14 15 28 29 30 31
              local.set 23
              local.get 13
              local.get 11
              i32.const 1
              i32.shl
              i32.const 3
              i32.shl
              i32.add
              local.get 22
              f64x2.promote_low_f32x4
              v128.store align=1
              local.get 13
              local.get 11
              i32.const 1
              i32.shl
              i32.const 3
              i32.shl
              i32.add
              local.get 22
              local.get 22
              i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
              f64x2.promote_low_f32x4
              v128.store offset=16 align=1
              local.get 13
              local.get 11
              i32.const 1
              i32.shl
              i32.const 3
              i32.shl
              i32.add
              local.get 23
              f64x2.promote_low_f32x4
              v128.store offset=32 align=1
              local.get 13
              local.get 11
              i32.const 1
              i32.shl
              i32.const 3
              i32.shl
              i32.add
              local.get 23
              local.get 23
              i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
              f64x2.promote_low_f32x4
              v128.store offset=48 align=1
              local.get 11
              i32.const 4
              i32.add
              local.set 11
              local.get 11
              local.get 2
              i32.ge_u
              i32.eqz
              br_if 0 (;@5;)
            end
          end
          local.get 28
          i32.const 0
          v128.load offset=912 align=1
          i32x4.lt_u
          i32x4.all_true
          i32.eqz
          if  ;; label = @4
            local.get 6
            local.get 12
            i32.const 2
            i32.shl
            i32.add
            local.get 10
            i32.store
            local.get 12
            i32.const 1
            i32.add
            local.set 12
          end
          local.get 10
          i32.const 1
          i32.add
          local.set 10
          local.get 10
          local.get 0
          i32.ge_u
          i32.eqz
          br_if 0 (;@3;)
        end
      end
    end
    local.get 7
    i32.const 2
    i32.ne
    i32.eqz
    local.get 8
    i32.const 1
    i32.ne
    i32.eqz
    i32.and
    if  ;; label = @1
      i32.const 0
      local.set 10
      block  ;; label = @2
        local.get 10
        local.get 0
        i32.ge_u
        br_if 0 (;@2;)
        loop  ;; label = @3
          local.get 3
          local.get 10
          local.get 1
          i32.mul
          i32.const 3
          i32.shl
          i32.add
          local.set 13
          local.get 4
          local.get 10
          i32.const 2
          i32.shl
          i32.add
          i32.load
          local.set 15
          i32.const 0
          v128.load offset=400 align=1
          local.set 28
          i32.const 0
          v128.load offset=416 align=1
          local.set 29
          i32.const 0
          local.set 11
          block  ;; label = @4
            local.get 11
            local.get 2
            i32.ge_u
            br_if 0 (;@4;)
            loop  ;; label = @5
              local.get 13
              local.get 11
              i32.const 1
              i32.shl
              i32.const 3
              i32.shl
              i32.add
              v128.load align=1
              local.set 22
              local.get 13
              local.get 11
              i32.const 1
              i32.shl
              i32.const 3
              i32.shl
              i32.add
              v128.load offset=16 align=1
              local.set 23
              local.get 13
              local.get 11
              i32.const 1
              i32.shl
              i32.const 3
              i32.shl
              i32.add
              v128.load offset=32 align=1
              local.set 24
              local.get 13
              local.get 11
              i32.const 1
              i32.shl
              i32.const 3
              i32.shl
              i32.add
              v128.load offset=48 align=1
              local.set 25
              local.get 22
              local.get 23
              i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
              local.set 33
              local.get 22
              local.get 23
              i8x16.shuffle 8 9 10 11 12 13 14 15 24 25 26 27 28 29 30 31
              local.set 35
              local.get 24
              local.get 25
              i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
              local.set 34
              local.get 24
              local.get 25
              i8x16.shuffle 8 9 10 11 12 13 14 15 24 25 26 27 28 29 30 31
              local.set 36
              local.get 33
              f32x4.demote_f64x2_zero
              local.get 34
              f32x4.demote_f64x2_zero
              i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
              local.set 16
              local.get 35
              f32x4.demote_f64x2_zero
              local.get 36
              f32x4.demote_f64x2_zero
              i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
              local.set 17
              local.get 16
              i32.const 1
              i32x4.shl
              local.set 26
              local.get 28
              local.get 26
              i32x4.max_u
              local.set 28
              local.get 29
              local.get 26
              i32.const 0
              v128.load offset=432 align=1
              i32x4.sub
              i32x4.min_u
              local.set 29
              local.get 17
              i32.const 1
              i32x4.shl
              local.set 26
              local.get 28
              local.get 26
              i32x4.max_u
              local.set 28
              local.get 29
              local.get 26
              i32.const 0
              v128.load offset=432 align=1
              i32x4.sub
              i32x4.min_u
              local.set 29
              local.get 15
              local.get 11
              i32.const 2
              i32.shl
              i32.add
              v128.load align=1
              local.set 18
              local.get 15
              local.get 5
              i32.add
              local.get 11
              i32.const 2
              i32.shl
              i32.add
              v128.load align=1
              local.set 19
              local.get 18
              f64x2.promote_low_f32x4
              local.set 37
              local.get 18
              local.get 18
              i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
              f64x2.promote_low_f32x4
              local.set 38
              local.get 19
              f64x2.promote_low_f32x4
              local.set 39
              local.get 19
              local.get 19
              i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
              f64x2.promote_low_f32x4
              local.set 40
              local.get 33
              local.get 37
              f64x2.mul
              local.get 35
              local.get 39
              f64x2.mul
              f32x4.demote_f64x2_zero
              f64x2.promote_low_f32x4
              f64x2.sub
              f32x4.demote_f64x2_zero
              local.set 22
              local.get 33
              local.get 39
              f64x2.mul
              local.get 35
              local.get 37
              f64x2.mul
              f32x4.demote_f64x2_zero
              f64x2.promote_low_f32x4
              f64x2.add
              f32x4.demote_f64x2_zero
              local.set 23
              local.get 34
              local.get 38
              f64x2.mul
              local.get 36
              local.get 40
              f64x2.mul
              f32x4.demote_f64x2_zero
              f64x2.promote_low_f32x4
              f64x2.sub
              f32x4.demote_f64x2_zero
              local.set 24
              local.get 34
              local.get 40
              f64x2.mul
              local.get 36
              local.get 38
              f64x2.mul
              f32x4.demote_f64x2_zero
              f64x2.promote_low_f32x4
              f64x2.add
              f32x4.demote_f64x2_zero
              local.set 25
              local.get 22
              local.get 24
              i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
              local.set 20
              local.get 23
              local.get 25
              i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
              local.set 21
              local.get 20
              i32.const 0
              v128.load offset=448 align=1
              i32x4.add
              local.get 20
              i32.const 16
              i32x4.shr_u
              i32.const 0
              v128.load offset=432 align=1
              v128.and
              i32x4.add
              i32.const 0
              v128.load offset=464 align=1
              v128.and
              local.set 20
              local.get 21
              i32.const 0
              v128.load offset=448 align=1
              i32x4.add
              local.get 21
              i32.const 16
              i32x4.shr_u
              i32.const 0
              v128.load offset=432 align=1
              v128.and
              i32x4.add
              i32.const 0
              v128.load offset=464 align=1
              v128.and
              local.set 21
              local.get 20
              local.get 21
              i8x16.shuffle 0 1 2 3 16 17 18 19 4 5 6 7 20 21 22 23
              local.set 22
              local.get 20
              local.get 21
              i8x16.shuffle 8 9 10 11 24 25 26 27 12 13 14 15 28 29 30 31
              local.set 23
              local.get 13
              local.get 11
              i32.const 1
              i32.shl
              i32.const 3
              i32.shl
              i32.add
              local.get 22
              f64x2.promote_low_f32x4
              v128.store align=1
              local.get 13
              local.get 11
              i32.const 1
              i32.shl
              i32.const 3
              i32.shl
              i32.add
              local.get 22
              local.get 22
              i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
              f64x2.promote_low_f32x4
              v128.store offset=16 align=1
              local.get 13
              local.get 11
              i32.const 1
              i32.shl
              i32.const 3
              i32.shl
              i32.add
              local.get 23
              f64x2.promote_low_f32x4
              v128.store offset=32 align=1
              local.get 13
              local.get 11
              i32.const 1
              i32.shl
              i32.const 3
              i32.shl
              i32.add
              local.get 23
              local.get 23
              i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
              f64x2.promote_low_f32x4
              v128.store offset=48 align=1
              local.get 11
              i32.const 4
              i32.add
              local.set 11
              local.get 11
              local.get 2
              i32.ge_u
              i32.eqz
              br_if 0 (;@5;)
            end
          end
          local.get 28
          i32.const 0
          v128.load offset=912 align=1
          i32x4.lt_u
          i32x4.all_true
          i32.eqz
          if  ;; label = @4
            local.get 6
            local.get 12
            i32.const 2
            i32.shl
            i32.add
            local.get 10
            i32.store
            local.get 12
            i32.const 1
            i32.add
            local.set 12
          end
          local.get 10
          i32.const 1
          i32.add
          local.set 10
          local.get 10
          local.get 0
          i32.ge_u
          i32.eqz
          br_if 0 (;@3;)
        end
      end
    end
    local.get 7
    i32.const 2
    i32.ne
    i32.eqz
    local.get 8
    i32.const 2
    i32.ne
    i32.eqz
    i32.and
    if  ;; label = @1
      i32.const 0
      local.set 10
      block  ;; label = @2
        local.get 10
        local.get 0
        i32.ge_u
        br_if 0 (;@2;)
        loop  ;; label = @3
          local.get 3
          local.get 10
          local.get 1
          i32.mul
          i32.const 3
          i32.shl
          i32.add
          local.set 13
          local.get 4
          local.get 10
          i32.const 2
          i32.shl
          i32.add
          i32.load
          local.set 15
          i32.const 0
          v128.load offset=400 align=1
          local.set 28
          i32.const 0
          v128.load offset=416 align=1
          local.set 29
          i32.const 0
          local.set 11
          block  ;; label = @4
            local.get 11
            local.get 2
            i32.ge_u
            br_if 0 (;@4;)
            loop  ;; label = @5
              local.get 13
              local.get 11
              i32.const 1
              i32.shl
              i32.const 3
              i32.shl
              i32.add
              v128.load align=1
              local.set 22
              local.get 13
              local.get 11
              i32.const 1
              i32.shl
              i32.const 3
              i32.shl
              i32.add
              v128.load offset=16 align=1
              local.set 23
              local.get 13
              local.get 11
              i32.const 1
              i32.shl
              i32.const 3
              i32.shl
              i32.add
              v128.load offset=32 align=1
              local.set 24
              local.get 13
              local.get 11
              i32.const 1
              i32.shl
              i32.const 3
              i32.shl
              i32.add
              v128.load offset=48 align=1
              local.set 25
              local.get 22
              local.get 23
              i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
              local.set 33
              local.get 22
              local.get 23
              i8x16.shuffle 8 9 10 11 12 13 14 15 24 25 26 27 28 29 30 31
              local.set 35
              local.get 24
              local.get 25
              i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
              local.set 34
              local.get 24
              local.get 25
              i8x16.shuffle 8 9 10 11 12 13 14 15 24 25 26 27 28 29 30 31
              local.set 36
              local.get 33
              f32x4.demote_f64x2_zero
              local.get 34
              f32x4.demote_f64x2_zero
              i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
              local.set 16
              local.get 35
              f32x4.demote_f64x2_zero
              local.get 36
              f32x4.demote_f64x2_zero
              i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
              local.set 17
              local.get 16
              i32.const 1
              i32x4.shl
              local.set 26
              local.get 28
              local.get 26
              i32x4.max_u
              local.set 28
              local.get 29
              local.get 26
              i32.const 0
              v128.load offset=432 align=1
              i32x4.sub
              i32x4.min_u
              local.set 29
              local.get 17
              i32.const 1
              i32x4.shl
              local.set 26
              local.get 28
              local.get 26
              i32x4.max_u
              local.set 28
              local.get 29
              local.get 26
              i32.const 0
              v128.load offset=432 align=1
              i32x4.sub
              i32x4.min_u
              local.set 29
              local.get 15
              local.get 11
              i32.const 2
              i32.shl
              i32.add
              v128.load align=1
              local.set 18
              local.get 15
              local.get 5
              i32.add
              local.get 11
              i32.const 2
              i32.shl
              i32.add
              v128.load align=1
              local.set 19
              local.get 18
              f64x2.promote_low_f32x4
              local.set 37
              local.get 18
              local.get 18
              i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
              f64x2.promote_low_f32x4
              local.set 38
              local.get 19
              f64x2.promote_low_f32x4
              local.set 39
              local.get 19
              local.get 19
              i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
              f64x2.promote_low_f32x4
              local.set 40
              local.get 33
              local.get 37
              f64x2.mul
              local.get 35
              local.get 39
              f64x2.mul
              f32x4.demote_f64x2_zero
              f64x2.promote_low_f32x4
              f64x2.sub
              f32x4.demote_f64x2_zero
              local.set 22
              local.get 33
              local.get 39
              f64x2.mul
              local.get 35
              local.get 37
              f64x2.mul
              f32x4.demote_f64x2_zero
              f64x2.promote_low_f32x4
              f64x2.add
              f32x4.demote_f64x2_zero
              local.set 23
              local.get 34
              local.get 38
              f64x2.mul
              local.get 36
              local.get 40
              f64x2.mul
              f32x4.demote_f64x2_zero
              f64x2.promote_low_f32x4
              f64x2.sub
              f32x4.demote_f64x2_zero
              local.set 24
              local.get 34
              local.get 40
              f64x2.mul
              local.get 36
              local.get 38
              f64x2.mul
              f32x4.demote_f64x2_zero
              f64x2.promote_low_f32x4
              f64x2.add
              f32x4.demote_f64x2_zero
              local.set 25
              local.get 22
              local.get 24
              i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
              local.set 20
              local.get 23
              local.get 25
              i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
              local.set 21
              local.get 20
              i32.const 0
              v128.load offset=832 align=1
              v128.and
              local.set 27
              local.get 27
              i32.const 0
              v128.load offset=848 align=1
              i32x4.min_u
              local.set 42
              local.get 27
              i32.const 0
              v128.load offset=640 align=1
              f32x4.add
              i32.const 0
              v128.load offset=640 align=1
              i32x4.sub
              local.get 42
              i32.const 0
              v128.load offset=800 align=1
              i32x4.add
              local.get 42
              i32.const 13
              i32x4.shr_u
              i32.const 0
              v128.load offset=432 align=1
              v128.and
              i32x4.add
              i32.const 13
              i32x4.shr_u
              local.get 27
              i32.const 0
              v128.load offset=672 align=1
              i32x4.lt_s
              v128.bitselect
              local.get 20
              i32.const 16
              i32x4.shr_u
              i32.const 0
              v128.load offset=816 align=1
              v128.and
              v128.or
              local.set 41
              local.get 41
              i32.const 0
              v128.load offset=448 align=1
              v128.and
              local.set 27
              i32.const 0
              v128.load offset=880 align=1
              local.get 27
              i32.const 13
              i32x4.shl
              i32.const 0
              v128.load offset=864 align=1
              f32x4.mul
              local.get 27
              i32.const 0
              v128.load offset=896 align=1
              i32x4.eq
              v128.bitselect
              local.get 41
              i32.const 0
              v128.load offset=816 align=1
              v128.and
              i32.const 16
              i32x4.shl
              v128.or
              local.set 20
              local.get 21
              i32.const 0
              v128.load offset=832 align=1
              v128.and
              local.set 27
              local.get 27
              i32.const 0
              v128.load offset=848 align=1
              i32x4.min_u
              local.set 42
              local.get 27
              i32.const 0
              v128.load offset=640 align=1
              f32x4.add
              i32.const 0
              v128.load offset=640 align=1
              i32x4.sub
              local.get 42
              i32.const 0
              v128.load offset=800 align=1
              i32x4.add
              local.get 42
              i32.const 13
              i32x4.shr_u
              i32.const 0
              v128.load offset=432 align=1
              v128.and
              i32x4.add
              i32.const 13
              i32x4.shr_u
              local.get 27
              i32.const 0
              v128.load offset=672 align=1
              i32x4.lt_s
              v128.bitselect
              local.get 21
              i32.const 16
              i32x4.shr_u
              i32.const 0
              v128.load offset=816 align=1
              v128.and
              v128.or
              local.set 41
              local.get 41
              i32.const 0
              v128.load offset=448 align=1
              v128.and
              local.set 27
              i32.const 0
              v128.load offset=880 align=1
              local.get 27
              i32.const 13
              i32x4.shl
              i32.const 0
              v128.load offset=864 align=1
              f32x4.mul
              local.get 27
              i32.const 0
              v128.load offset=896 align=1
              i32x4.eq
              v128.bitselect
              local.get 41
              i32.const 0
              v128.load offset=816 align=1
              v128.and
              i32.const 16
              i32x4.shl
              v128.or
              local.set 21
              local.get 20
              local.get 21
              i8x16.shuffle 0 1 2 3 16 17 18 19 4 5 6 7 20 21 22 23
              local.set 22
              local.get 20
              local.get 21
              i8x16.shuffle 8 9 10 11 24 25 26 27 12 13 14 15 28 29 30 31
              local.set 23
              local.get 13
              local.get 11
              i32.const 1
              i32.shl
              i32.const 3
              i32.shl
              i32.add
              local.get 22
              f64x2.promote_low_f32x4
              v128.store align=1
              local.get 13
              local.get 11
              i32.const 1
              i32.shl
              i32.const 3
              i32.shl
              i32.add
              local.get 22
              local.get 22
              i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
              f64x2.promote_low_f32x4
              v128.store offset=16 align=1
              local.get 13
              local.get 11
              i32.const 1
              i32.shl
              i32.const 3
              i32.shl
              i32.add
              local.get 23
              f64x2.promote_low_f32x4
              v128.store offset=32 align=1
              local.get 13
              local.get 11
              i32.const 1
              i32.shl
              i32.const 3
              i32.shl
              i32.add
              local.get 23
              local.get 23
              i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
              f64x2.promote_low_f32x4
              v128.store offset=48 align=1
              local.get 11
              i32.const 4
              i32.add
              local.set 11
              local.get 11
              local.get 2
              i32.ge_u
              i32.eqz
              br_if 0 (;@5;)
            end
          end
          local.get 28
          i32.const 0
          v128.load offset=912 align=1
          i32x4.lt_u
          i32x4.all_true
          i32.eqz
          if  ;; label = @4
            local.get 6
            local.get 12
            i32.const 2
            i32.shl
            i32.add
            local.get 10
            i32.store
            local.get 12
            i32.const 1
            i32.add
            local.set 12
          end
          local.get 10
          i32.const 1
          i32.add
          local.set 10
          local.get 10
          local.get 0
          i32.ge_u
          i32.eqz
          br_if 0 (;@3;)
        end
      end
    end
    local.get 7
    i32.const 3
    i32.ne
    i32.eqz
    local.get 8
    i32.const 0
    i32.ne
    i32.eqz
    i32.and
    if  ;; label = @1
      i32.const 0
      local.set 10
      block  ;; label = @2
        local.get 10
        local.get 0
        i32.ge_u
        br_if 0 (;@2;)
        loop  ;; label = @3
          local.get 3
          local.get 10
          local.get 1
          i32.mul
          i32.const 3
          i32.shl
          i32.add
          local.set 13
          local.get 4
          local.get 10
          i32.const 2
          i32.shl
          i32.add
          i32.load
          local.set 15
          i32.const 0
          v128.load offset=400 align=1
          local.set 28
          i32.const 0
          v128.load offset=416 align=1
          local.set 29
          i32.const 0
          local.set 11
          block  ;; label = @4
            local.get 11
            local.get 2
            i32.ge_u
            br_if 0 (;@4;)
            loop  ;; label = @5
              local.get 13
              local.get 11
              i32.const 1
              i32.shl
              i32.const 3
              i32.shl
              i32.add
              v128.load align=1
              local.set 22
              local.get 13
              local.get 11
              i32.const 1
              i32.shl
              i32.const 3
              i32.shl
              i32.add
              v128.load offset=16 align=1
              local.set 23
              local.get 13
              local.get 11
              i32.const 1
              i32.shl
              i32.const 3
              i32.shl
              i32.add
              v128.load offset=32 align=1
              local.set 24
              local.get 13
              local.get 11
              i32.const 1
              i32.shl
              i32.const 3
              i32.shl
              i32.add
              v128.load offset=48 align=1
              local.set 25
              local.get 22
              local.get 23
              i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
              local.set 33
              local.get 22
              local.get 23
              i8x16.shuffle 8 9 10 11 12 13 14 15 24 25 26 27 28 29 30 31
              local.set 35
              local.get 24
              local.get 25
              i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
              local.set 34
              local.get 24
              local.get 25
              i8x16.shuffle 8 9 10 11 12 13 14 15 24 25 26 27 28 29 30 31
              local.set 36
              local.get 33
              f32x4.demote_f64x2_zero
              local.get 34
              f32x4.demote_f64x2_zero
              i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
              local.set 16
              local.get 35
              f32x4.demote_f64x2_zero
              local.get 36
              f32x4.demote_f64x2_zero
              i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
              local.set 17
              local.get 16
              i32.const 1
              i32x4.shl
              local.set 26
              local.get 28
              local.get 26
              i32x4.max_u
              local.set 28
              local.get 29
              local.get 26
              i32.const 0
              v128.load offset=432 align=1
              i32x4.sub
              i32x4.min_u
              local.set 29
              local.get 17
              i32.const 1
              i32x4.shl
              local.set 26
              local.get 28
              local.get 26
              i32x4.max_u
              local.set 28
              local.get 29
              local.get 26
              i32.const 0
              v128.load offset=432 align=1
              i32x4.sub
              i32x4.min_u
              local.set 29
              local.get 15
              local.get 11
              i32.const 2
              i32.shl
              i32.add
              v128.load align=1
              local.set 18
              local.get 15
              local.get 5
              i32.add
              local.get 11
              i32.const 2
              i32.shl
              i32.add
              v128.load align=1
              local.set 19
              local.get 18
              f64x2.promote_low_f32x4
              local.set 37
              local.get 18
              local.get 18
              i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
              f64x2.promote_low_f32x4
              local.set 38
              local.get 19
              f64x2.promote_low_f32x4
              local.set 39
              local.get 19
              local.get 19
              i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
              f64x2.promote_low_f32x4
              local.set 40
              local.get 33
              local.get 37
              f64x2.mul
              f32x4.demote_f64x2_zero
              f64x2.promote_low_f32x4
              local.get 35
              local.get 39
              f64x2.mul
              f64x2.sub
              f32x4.demote_f64x2_zero
              local.set 22
              local.get 33
              local.get 39
              f64x2.mul
              f32x4.demote_f64x2_zero
              f64x2.promote_low_f32x4
              local.get 35
              local.get 37
              f64x2.mul
              f64x2.add
              f32x4.demote_f64x2_zero
              local.set 23
              local.get 34
              local.get 38
              f64x2.mul
              f32x4.demote_f64x2_zero
              f64x2.promote_low_f32x4
              local.get 36
              local.get 40
              f64x2.mul
              f64x2.sub
              f32x4.demote_f64x2_zero
              local.set 24
              local.get 34
              local.get 40
              f64x2.mul
              f32x4.demote_f64x2_zero
              f64x2.promote_low_f32x4
              local.get 36
              local.get 38
              f64x2.mul
              f64x2.add
              f32x4.demote_f64x2_zero
              local.set 25
              local.get 22
              local.get 24
              i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
              local.set 20
              local.get 23
              local.get 25
              i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
              local.set 21
              local.get 20
              local.get 21
              i8x16.shuffle 0 1 2 3 16 17 18 19 4 5 6 7 20 21 22 23
              local.set 22
              local.get 20
              local.get 21
              i8x16.shuffle 8 9 10 11 24 25 26 27 12 13 14 15 28 29 30 31
              local.set 23
              local.get 13
              local.get 11
              i32.const 1
              i32.shl
              i32.const 3
              i32.shl
              i32.add
              local.get 22
              f64x2.promote_low_f32x4
              v128.store align=1
              local.get 13
              local.get 11
              i32.const 1
              i32.shl
              i32.const 3
              i32.shl
              i32.add
              local.get 22
              local.get 22
              i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
              f64x2.promote_low_f32x4
              v128.store offset=16 align=1
              local.get 13
              local.get 11
              i32.const 1
              i32.shl
              i32.const 3
              i32.shl
              i32.add
              local.get 23
              f64x2.promote_low_f32x4
              v128.store offset=32 align=1
              local.get 13
              local.get 11
              i32.const 1
              i32.shl
              i32.const 3
              i32.shl
              i32.add
              local.get 23
              local.get 23
              i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
              f64x2.promote_low_f32x4
              v128.store offset=48 align=1
              local.get 11
              i32.const 4
              i32.add
              local.set 11
              local.get 11
              local.get 2
              i32.ge_u
              i32.eqz
              br_if 0 (;@5;)
            end
          end
          local.get 28
          i32.const 0
          v128.load offset=912 align=1
          i32x4.lt_u
          i32x4.all_true
          i32.eqz
          if  ;; label = @4
            local.get 6
            local.get 12
            i32.const 2
            i32.shl
            i32.add
            local.get 10
            i32.store
            local.get 12
            i32.const 1
            i32.add
            local.set 12
          end
          local.get 10
          i32.const 1
          i32.add
          local.set 10
          local.get 10
          local.get 0
          i32.ge_u
          i32.eqz
          br_if 0 (;@3;)
        end
      end
    end
    local.get 7
    i32.const 3
    i32.ne
    i32.eqz
    local.get 8
    i32.const 1
    i32.ne
    i32.eqz
    i32.and
    if  ;; label = @1
      i32.const 0
      local.set 10
      block  ;; label = @2
        local.get 10
        local.get 0
        i32.ge_u
        br_if 0 (;@2;)
        loop  ;; label = @3
          local.get 3
          local.get 10
          local.get 1
          i32.mul
          i32.const 3
          i32.shl
          i32.add
          local.set 13
          local.get 4
          local.get 10
          i32.const 2
          i32.shl
          i32.add
          i32.load
          local.set 15
          i32.const 0
          v128.load offset=400 align=1
          local.set 28
          i32.const 0
          v128.load offset=416 align=1
          local.set 29
          i32.const 0
          local.set 11
          block  ;; label = @4
            local.get 11
            local.get 2
            i32.ge_u
            br_if 0 (;@4;)
            loop  ;; label = @5
              local.get 13
              local.get 11
              i32.const 1
              i32.shl
              i32.const 3
              i32.shl
              i32.add
              v128.load align=1
              local.set 22
              local.get 13
              local.get 11
              i32.const 1
              i32.shl
              i32.const 3
              i32.shl
              i32.add
              v128.load offset=16 align=1
              local.set 23
              local.get 13
              local.get 11
              i32.const 1
              i32.shl
              i32.const 3
              i32.shl
              i32.add
              v128.load offset=32 align=1
              local.set 24
              local.get 13
              local.get 11
              i32.const 1
              i32.shl
              i32.const 3
              i32.shl
              i32.add
              v128.load offset=48 align=1
              local.set 25
              local.get 22
              local.get 23
              i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
              local.set 33
              local.get 22
              local.get 23
              i8x16.shuffle 8 9 10 11 12 13 14 15 24 25 26 27 28 29 30 31
              local.set 35
              local.get 24
              local.get 25
              i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
              local.set 34
              local.get 24
              local.get 25
              i8x16.shuffle 8 9 10 11 12 13 14 15 24 25 26 27 28 29 30 31
              local.set 36
              local.get 33
              f32x4.demote_f64x2_zero
              local.get 34
              f32x4.demote_f64x2_zero
              i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
              local.set 16
              local.get 35
              f32x4.demote_f64x2_zero
              local.get 36
              f32x4.demote_f64x2_zero
              i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
              local.set 17
              local.get 16
              i32.const 1
              i32x4.shl
              local.set 26
              local.get 28
              local.get 26
              i32x4.max_u
              local.set 28
              local.get 29
              local.get 26
              i32.const 0
              v128.load offset=432 align=1
              i32x4.sub
              i32x4.min_u
              local.set 29
              local.get 17
              i32.const 1
              i32x4.shl
              local.set 26
              local.get 28
              local.get 26
              i32x4.max_u
              local.set 28
              local.get 29
              local.get 26
              i32.const 0
              v128.load offset=432 align=1
              i32x4.sub
              i32x4.min_u
              local.set 29
              local.get 15
              local.get 11
              i32.const 2
              i32.shl
              i32.add
              v128.load align=1
              local.set 18
              local.get 15
              local.get 5
              i32.add
              local.get 11
              i32.const 2
              i32.shl
              i32.add
              v128.load align=1
              local.set 19
              local.get 18
              f64x2.promote_low_f32x4
              local.set 37
              local.get 18
              local.get 18
              i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
              f64x2.promote_low_f32x4
              local.set 38
              local.get 19
              f64x2.promote_low_f32x4
              local.set 39
              local.get 19
              local.get 19
              i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
              f64x2.promote_low_f32x4
              local.set 40
              local.get 33
              local.get 37
              f64x2.mul
              f32x4.demote_f64x2_zero
              f64x2.promote_low_f32x4
              local.get 35
              local.get 39
              f64x2.mul
              f64x2.sub
              f32x4.demote_f64x2_zero
              local.set 22
              local.get 33
              local.get 39
              f64x2.mul
              f32x4.demote_f64x2_zero
              f64x2.promote_low_f32x4
              local.get 35
              local.get 37
              f64x2.mul
              f64x2.add
              f32x4.demote_f64x2_zero
              local.set 23
              local.get 34
              local.get 38
              f64x2.mul
              f32x4.demote_f64x2_zero
              f64x2.promote_low_f32x4
              local.get 36
              local.get 40
              f64x2.mul
              f64x2.sub
              f32x4.demote_f64x2_zero
              local.set 24
              local.get 34
              local.get 40
              f64x2.mul
              f32x4.demote_f64x2_zero
              f64x2.promote_low_f32x4
              local.get 36
              local.get 38
              f64x2.mul
              f64x2.add
              f32x4.demote_f64x2_zero
              local.set 25
              local.get 22
              local.get 24
              i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
              local.set 20
              local.get 23
              local.get 25
              i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
              local.set 21
              local.get 20
              i32.const 0
              v128.load offset=448 align=1
              i32x4.add
              local.get 20
              i32.const 16
              i32x4.shr_u
              i32.const 0
              v128.load offset=432 align=1
              v128.and
              i32x4.add
              i32.const 0
              v128.load offset=464 align=1
              v128.and
              local.set 20
              local.get 21
              i32.const 0
              v128.load offset=448 align=1
              i32x4.add
              local.get 21
              i32.const 16
              i32x4.shr_u
              i32.const 0
              v128.load offset=432 align=1
              v128.and
              i32x4.add
              i32.const 0
              v128.load offset=464 align=1
              v128.and
              local.set 21
              local.get 20
              local.get 21
              i8x16.shuffle 0 1 2 3 16 17 18 19 4 5 6 7 20 21 22 23
              local.set 22
              local.get 20
              local.get 21
              i8x16.shuffle 8 9 10 11 24 25 26 27 12 13 14 15 28 29 30 31
              local.set 23
              local.get 13
              local.get 11
              i32.const 1
              i32.shl
              i32.const 3
              i32.shl
              i32.add
              local.get 22
              f64x2.promote_low_f32x4
              v128.store align=1
              local.get 13
              local.get 11
              i32.const 1
              i32.shl
              i32.const 3
              i32.shl
              i32.add
              local.get 22
              local.get 22
              i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
              f64x2.promote_low_f32x4
              v128.store offset=16 align=1
              local.get 13
              local.get 11
              i32.const 1
              i32.shl
              i32.const 3
              i32.shl
              i32.add
              local.get 23
              f64x2.promote_low_f32x4
              v128.store offset=32 align=1
              local.get 13
              local.get 11
              i32.const 1
              i32.shl
              i32.const 3
              i32.shl
              i32.add
              local.get 23
              local.get 23
              i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
              f64x2.promote_low_f32x4
              v128.store offset=48 align=1
              local.get 11
              i32.const 4
              i32.add
              local.set 11
              local.get 11
              local.get 2
              i32.ge_u
              i32.eqz
              br_if 0 (;@5;)
            end
          end
          local.get 28
          i32.const 0
          v128.load offset=912 align=1
          i32x4.lt_u
          i32x4.all_true
          i32.eqz
          if  ;; label = @4
            local.get 6
            local.get 12
            i32.const 2
            i32.shl
            i32.add
            local.get 10
            i32.store
            local.get 12
            i32.const 1
            i32.add
            local.set 12
          end
          local.get 10
          i32.const 1
          i32.add
          local.set 10
          local.get 10
          local.get 0
          i32.ge_u
          i32.eqz
          br_if 0 (;@3;)
        end
      end
    end
    local.get 7
    i32.const 3
    i32.ne
    i32.eqz
    local.get 8
    i32.const 2
    i32.ne
    i32.eqz
    i32.and
    if  ;; label = @1
      i32.const 0
      local.set 10
      block  ;; label = @2
        local.get 10
        local.get 0
        i32.ge_u
        br_if 0 (;@2;)
        loop  ;; label = @3
          local.get 3
          local.get 10
          local.get 1
          i32.mul
          i32.const 3
          i32.shl
          i32.add
          local.set 13
          local.get 4
          local.get 10
          i32.const 2
          i32.shl
          i32.add
          i32.load
          local.set 15
          i32.const 0
          v128.load offset=400 align=1
          local.set 28
          i32.const 0
          v128.load offset=416 align=1
          local.set 29
          i32.const 0
          local.set 11
          block  ;; label = @4
            local.get 11
            local.get 2
            i32.ge_u
            br_if 0 (;@4;)
            loop  ;; label = @5
              local.get 13
              local.get 11
              i32.const 1
              i32.shl
              i32.const 3
              i32.shl
              i32.add
              v128.load align=1
              local.set 22
              local.get 13
              local.get 11
              i32.const 1
              i32.shl
              i32.const 3
              i32.shl
              i32.add
              v128.load offset=16 align=1
              local.set 23
              local.get 13
              local.get 11
              i32.const 1
              i32.shl
              i32.const 3
              i32.shl
              i32.add
              v128.load offset=32 align=1
              local.set 24
              local.get 13
              local.get 11
              i32.const 1
              i32.shl
              i32.const 3
              i32.shl
              i32.add
              v128.load offset=48 align=1
              local.set 25
              local.get 22
              local.get 23
              i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
              local.set 33
              local.get 22
              local.get 23
              i8x16.shuffle 8 9 10 11 12 13 14 15 24 25 26 27 28 29 30 31
              local.set 35
              local.get 24
              local.get 25
              i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
              local.set 34
              local.get 24
              local.get 25
              i8x16.shuffle 8 9 10 11 12 13 14 15 24 25 26 27 28 29 30 31
              local.set 36
              local.get 33
              f32x4.demote_f64x2_zero
              local.get 34
              f32x4.demote_f64x2_zero
              i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
              local.set 16
              local.get 35
              f32x4.demote_f64x2_zero
              local.get 36
              f32x4.demote_f64x2_zero
              i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
              local.set 17
              local.get 16
              i32.const 1
              i32x4.shl
              local.set 26
              local.get 28
              local.get 26
              i32x4.max_u
              local.set 28
              local.get 29
              local.get 26
              i32.const 0
              v128.load offset=432 align=1
              i32x4.sub
              i32x4.min_u
              local.set 29
              local.get 17
              i32.const 1
              i32x4.shl
              local.set 26
              local.get 28
              local.get 26
              i32x4.max_u
              local.set 28
              local.get 29
              local.get 26
              i32.const 0
              v128.load offset=432 align=1
              i32x4.sub
              i32x4.min_u
              local.set 29
              local.get 15
              local.get 11
              i32.const 2
              i32.shl
              i32.add
              v128.load align=1
              local.set 18
              local.get 15
              local.get 5
              i32.add
              local.get 11
              i32.const 2
              i32.shl
              i32.add
              v128.load align=1
              local.set 19
              local.get 18
              f64x2.promote_low_f32x4
              local.set 37
              local.get 18
              local.get 18
              i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
              f64x2.promote_low_f32x4
              local.set 38
              local.get 19
              f64x2.promote_low_f32x4
              local.set 39
              local.get 19
              local.get 19
              i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
              f64x2.promote_low_f32x4
              local.set 40
              local.get 33
              local.get 37
              f64x2.mul
              f32x4.demote_f64x2_zero
              f64x2.promote_low_f32x4
              local.get 35
              local.get 39
              f64x2.mul
              f64x2.sub
              f32x4.demote_f64x2_zero
              local.set 22
              local.get 33
              local.get 39
              f64x2.mul
              f32x4.demote_f64x2_zero
              f64x2.promote_low_f32x4
              local.get 35
              local.get 37
              f64x2.mul
              f64x2.add
              f32x4.demote_f64x2_zero
              local.set 23
              local.get 34
              local.get 38
              f64x2.mul
              f32x4.demote_f64x2_zero
              f64x2.promote_low_f32x4
              local.get 36
              local.get 40
              f64x2.mul
              f64x2.sub
              f32x4.demote_f64x2_zero
              local.set 24
              local.get 34
              local.get 40
              f64x2.mul
              f32x4.demote_f64x2_zero
              f64x2.promote_low_f32x4
              local.get 36
              local.get 38
              f64x2.mul
              f64x2.add
              f32x4.demote_f64x2_zero
              local.set 25
              local.get 22
              local.get 24
              i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
              local.set 20
              local.get 23
              local.get 25
              i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
              local.set 21
              local.get 20
              i32.const 0
              v128.load offset=832 align=1
              v128.and
              local.set 27
              local.get 27
              i32.const 0
              v128.load offset=848 align=1
              i32x4.min_u
              local.set 42
              local.get 27
              i32.const 0
              v128.load offset=640 align=1
              f32x4.add
              i32.const 0
              v128.load offset=640 align=1
              i32x4.sub
              local.get 42
              i32.const 0
              v128.load offset=800 align=1
              i32x4.add
              local.get 42
              i32.const 13
              i32x4.shr_u
              i32.const 0
              v128.load offset=432 align=1
              v128.and
              i32x4.add
              i32.const 13
              i32x4.shr_u
              local.get 27
              i32.const 0
              v128.load offset=672 align=1
              i32x4.lt_s
              v128.bitselect
              local.get 20
              i32.const 16
              i32x4.shr_u
              i32.const 0
              v128.load offset=816 align=1
              v128.and
              v128.or
              local.set 41
              local.get 41
              i32.const 0
              v128.load offset=448 align=1
              v128.and
              local.set 27
              i32.const 0
              v128.load offset=880 align=1
              local.get 27
              i32.const 13
              i32x4.shl
              i32.const 0
              v128.load offset=864 align=1
              f32x4.mul
              local.get 27
              i32.const 0
              v128.load offset=896 align=1
              i32x4.eq
              v128.bitselect
              local.get 41
              i32.const 0
              v128.load offset=816 align=1
              v128.and
              i32.const 16
              i32x4.shl
              v128.or
              local.set 20
              local.get 21
              i32.const 0
              v128.load offset=832 align=1
              v128.and
              local.set 27
              local.get 27
              i32.const 0
              v128.load offset=848 align=1
              i32x4.min_u
              local.set 42
              local.get 27
              i32.const 0
              v128.load offset=640 align=1
              f32x4.add
              i32.const 0
              v128.load offset=640 align=1
              i32x4.sub
              local.get 42
              i32.const 0
              v128.load offset=800 align=1
              i32x4.add
              local.get 42
              i32.const 13
              i32x4.shr_u
              i32.const 0
              v128.load offset=432 align=1
              v128.and
              i32x4.add
              i32.const 13
              i32x4.shr_u
              local.get 27
              i32.const 0
              v128.load offset=672 align=1
              i32x4.lt_s
              v128.bitselect
              local.get 21
              i32.const 16
              i32x4.shr_u
              i32.const 0
              v128.load offset=816 align=1
              v128.and
              v128.or
              local.set 41
              local.get 41
              i32.const 0
              v128.load offset=448 align=1
              v128.and
              local.set 27
              i32.const 0
              v128.load offset=880 align=1
              local.get 27
              i32.const 13
              i32x4.shl
              i32.const 0
              v128.load offset=864 align=1
              f32x4.mul
              local.get 27
              i32.const 0
              v128.load offset=896 align=1
              i32x4.eq
              v128.bitselect
              local.get 41
              i32.const 0
              v128.load offset=816 align=1
              v128.and
              i32.const 16
              i32x4.shl
              v128.or
              local.set 21
              local.get 20
              local.get 21
              i8x16.shuffle 0 1 2 3 16 17 18 19 4 5 6 7 20 21 22 23
              local.set 22
              local.get 20
              local.get 21
              i8x16.shuffle 8 9 10 11 24 25 26 27 12 13 14 15 28 29 30 31
              local.set 23
              local.get 13
              local.get 11
              i32.const 1
              i32.shl
              i32.const 3
              i32.shl
              i32.add
              local.get 22
              f64x2.promote_low_f32x4
              v128.store align=1
              local.get 13
              local.get 11
              i32.const 1
              i32.shl
              i32.const 3
              i32.shl
              i32.add
              local.get 22
              local.get 22
              i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
              f64x2.promote_low_f32x4
              v128.store offset=16 align=1
              local.get 13
              local.get 11
              i32.const 1
              i32.shl
              i32.const 3
              i32.shl
              i32.add
              local.get 23
              f64x2.promote_low_f32x4
              v128.store offset=32 align=1
              local.get 13
              local.get 11
              i32.const 1
              i32.shl
              i32.const 3
              i32.shl
              i32.add
              local.get 23
              local.get 23
              i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
              f64x2.promote_low_f32x4
              v128.store offset=48 align=1
              local.get 11
              i32.const 4
              i32.add
              local.set 11
              local.get 11
              local.get 2
              i32.ge_u
              i32.eqz
              br_if 0 (;@5;)
            end
          end
          local.get 28
          i32.const 0
          v128.load offset=912 align=1
          i32x4.lt_u
          i32x4.all_true
          i32.eqz
          if  ;; label = @4
            local.get 6
            local.get 12
            i32.const 2
            i32.shl
            i32.add
            local.get 10
            i32.store
            local.get 12
            i32.const 1
            i32.add
            local.set 12
          end
          local.get 10
          i32.const 1
          i32.add
          local.set 10
          local.get 10
          local.get 0
          i32.ge_u
          i32.eqz
          br_if 0 (;@3;)
        end
      end
    end
    local.get 12)
  (func (;18;) (type 18) (param i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32) (result i32)
    (local i32 i32 i32 i32 i32 i32 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 i32)
    i32.const 0
    local.set 13
    local.get 8
    i32.const 0
    i32.ne
    i32.eqz
    if  ;; label = @1
      i32.const 0
      local.set 11
      block  ;; label = @2
        local.get 11
        local.get 0
        i32.ge_u
        br_if 0 (;@2;)
        loop  ;; label = @3
          local.get 3
          local.get 11
          local.get 1
          i32.mul
          i32.const 1
          i32.shl
          i32.add
          local.set 14
          local.get 4
          local.get 11
          local.get 1
          i32.mul
          i32.const 1
          i32.shl
          i32.add
          local.set 15
          local.get 5
          local.get 11
          i32.const 2
          i32.shl
          i32.add
          i32.load
          local.set 16
          i32.const 0
          v128.load offset=400 align=1
          local.set 29
          i32.const 0
          v128.load offset=416 align=1
          local.set 30
          i32.const 0
          local.set 12
          block  ;; label = @4
            local.get 12
            local.get 2
            i32.ge_u
            br_if 0 (;@4;)
            loop  ;; label = @5
              local.get 14
              local.get 12
              local.get 2
              i32.add
              i32.const 1
              i32.shl
              i32.add
              local.get 14
              local.get 12
              i32.const 1
              i32.shl
              i32.add
              v128.load64_zero align=1
              v128.load64_lane align=1 1
              local.set 23
              local.get 23
              i32.const 0
              v128.load offset=560 align=1
              i8x16.swizzle
              local.set 17
              local.get 23
              i32.const 0
              v128.load offset=576 align=1
              i8x16.swizzle
              local.set 18
              local.get 23
              i32.const 1
              i16x8.shl
              local.set 27
              local.get 29
              local.get 27
              i16x8.max_u
              local.set 29
              local.get 30
              local.get 27
              i32.const 0
              v128.load offset=624 align=1
              i16x8.sub
              i16x8.min_u
              local.set 30
              local.get 16
              local.get 12
              i32.const 2
              i32.shl
              i32.add
              v128.load align=1
              local.set 19
              local.get 16
              local.get 6
              i32.add
              local.get 12
              i32.const 2
              i32.shl
              i32.add
              v128.load align=1
              local.set 20
              local.get 17
              local.get 19
              f32x4.mul
              local.get 18
              local.get 20
              f32x4.mul
              f32x4.sub
              local.set 21
              local.get 17
              local.get 20
              f32x4.mul
              local.get 18
              local.get 19
              f32x4.mul
              f32x4.add
              local.set 22
              local.get 21
              i32.const 0
              v128.load offset=448 align=1
              i32x4.add
              local.get 21
              i32.const 16
              i32x4.shr_u
              i32.const 0
              v128.load offset=432 align=1
              v128.and
              i32x4.add
              i32.const 0
              v128.load offset=464 align=1
              v128.and
              i32.const 16
              i32x4.shr_u
              local.set 42
              local.get 22
              i32.const 0
              v128.load offset=448 align=1
              i32x4.add
              local.get 22
              i32.const 16
              i32x4.shr_u
              i32.const 0
              v128.load offset=432 align=1
              v128.and
              i32x4.add
              i32.const 0
              v128.load offset=464 align=1
              v128.and
              i32.const 16
              i32x4.shr_u
              local.set 43
              local.get 42
              local.get 43
              i16x8.narrow_i32x4_u
              local.set 23
              local.get 15
              local.get 12
              i32.const 1
              i32.shl
              i32.add
              local.get 23
              v128.store64_lane align=1 0
              local.get 15
              local.get 12
              local.get 2
              i32.add
              i32.const 1
              i32.shl
              i32.add
              local.get 23
              v128.store64_lane align=1 1
              local.get 12
              i32.const 4
              i32.add
              local.set 12
              local.get 12
              local.get 2
              i32.ge_u
              i32.eqz
              br_if 0 (;@5;)
            end
          end
          local.get 29
          i32.const 0
          v128.load offset=928 align=1
          i16x8.lt_u
          local.get 30
          i32.const 0
          v128.load offset=944 align=1
          i16x8.ge_u
          v128.and
          i16x8.all_true
          i32.eqz
          if  ;; label = @4
            local.get 7
            local.get 13
            i32.const 2
            i32.shl
            i32.add
            local.get 11
            i32.store
            local.get 13
            i32.const 1
            i32.add
            local.set 13
          end
          local.get 11
          i32.const 1
          i32.add
          local.set 11
          local.get 11
          local.get 0
          i32.ge_u
          i32.eqz
          br_if 0 (;@3;)
        end
      end
    end
    local.get 8
    i32.const 1
    i32.ne
    i32.eqz
    if  ;; label = @1
      i32.const 0
      local.set 11
      block  ;; label = @2
        local.get 11
        local.get 0
        i32.ge_u
        br_if 0 (;@2;)
        loop  ;; label = @3
          local.get 3
          local.get 11
          local.get 1
          i32.mul
          i32.const 1
          i32.shl
          i32.add
          local.set 14
          local.get 4
          local.get 11
          local.get 1
          i32.mul
          i32.const 1
          i32.shl
          i32.add
          local.set 15
          local.get 5
          local.get 11
          i32.const 2
          i32.shl
          i32.add
          i32.load
          local.set 16
          i32.const 0
          v128.load offset=400 align=1
          local.set 29
          i32.const 0
          v128.load offset=416 align=1
          local.set 30
          i32.const 0
          local.set 12
          block  ;; label = @4
            local.get 12
            local.get 2
            i32.ge_u
            br_if 0 (;@4;)
            loop  ;; label = @5
              local.get 14
              local.get 12
              local.get 2
              i32.add
              i32.const 1
              i32.shl
              i32.add
              local.get 14
              local.get 12
              i32.const 1
              i32.shl
              i32.add
              v128.load64_zero align=1
              v128.load64_lane align=1 1
              local.set 23
              local.get 23
              i32.const 0
              v128.load offset=560 align=1
              i8x16.swizzle
              local.set 17
              local.get 23
              i32.const 0
              v128.load offset=576 align=1
              i8x16.swizzle
              local.set 18
              local.get 23
              i32.const 1
              i16x8.shl
              local.set 27
              local.get 29
              local.get 27
              i16x8.max_u
              local.set 29
              local.get 30
              local.get 27
              i32.const 0
              v128.load offset=624 align=1
              i16x8.sub
              i16x8.min_u
              local.set 30
              local.get 16
              local.get 12
              i32.const 2
              i32.shl
              i32.add
              v128.load align=1
              local.set 19
              local.get 16
              local.get 6
              i32.add
              local.get 12
              i32.const 2
              i32.shl
              i32.add
              v128.load align=1
              local.set 20
              local.get 17
              f64x2.promote_low_f32x4
              local.set 34
              local.get 17
              local.get 17
              i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
              f64x2.promote_low_f32x4
              local.set 35
              local.get 18
              f64x2.promote_low_f32x4
              local.set 36
              local.get 18
              local.get 18
              i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
              f64x2.promote_low_f32x4
              local.set 37
              local.get 19
              f64x2.promote_low_f32x4
              local.set 38
              local.get 19
              local.get 19
              i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
              f64x2.promote_low_f32x4
              local.set 39
              local.get 20
              f64x2.promote_low_f32x4
              local.set 40
              local.get 20
              local.get 20
              i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
              f64x2.promote_low_f32x4
              local.set 41
              local.get 34
              local.get 38
              f64x2.mul
              f32x4.demote_f64x2_zero
              f64x2.promote_low_f32x4
              local.get 36
              local.get 40
              f64x2.mul
              f32x4.demote_f64x2_zero
              f64x2.promote_low_f32x4
              f64x2.sub
              f32x4.demote_f64x2_zero
              local.set 23
              local.get 34
              local.get 40
              f64x2.mul
              f32x4.demote_f64x2_zero
              f64x2.promote_low_f32x4
              local.get 36
              local.get 38
              f64x2.mul
              f32x4.demote_f64x2_zero
              f64x2.promote_low_f32x4
              f64x2.add
              f32x4.demote_f64x2_zero
              local.set 24
              local.get 35
              local.get 39
              f64x2.mul
              f32x4.demote_f64x2_zero
              f64x2.promote_low_f32x4
              local.get 37
              local.get 41
              f64x2.mul
              f32x4.demote_f64x2_zero
              f64x2.promote_low_f32x4
              f64x2.sub
              f32x4.demote_f64x2_zero
              local.set 25
              local.get 35
              local.get 41
              f64x2.mul
              f32x4.demote_f64x2_zero
              f64x2.promote_low_f32x4
              local.get 37
              local.get 39
              f64x2.mul
              f32x4.demote_f64x2_zero
              f64x2.promote_low_f32x4
              f64x2.add
              f32x4.demote_f64x2_zero
              local.set 26
              local.get 23
              local.get 25
              i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
              local.set 21
              local.get 24
              local.get 26
              i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
              local.set 22
              local.get 21
              i32.const 0
              v128.load offset=448 align=1
              i32x4.add
              local.get 21
              i32.const 16
              i32x4.shr_u
              i32.const 0
              v128.load offset=432 align=1
              v128.and
              i32x4.add
              i32.const 0
              v128.load offset=464 align=1
              v128.and
              i32.const 16
              i32x4.shr_u
              local.set 42
              local.get 22
              i32.const 0
              v128.load offset=448 align=1
              i32x4.add
              local.get 22
              i32.const 16
              i32x4.shr_u
              i32.const 0
              v128.load offset=432 align=1
              v128.and
              i32x4.add
              i32.const 0
              v128.load offset=464 align=1
              v128.and
              i32.const 16
              i32x4.shr_u
              local.set 43
              local.get 42
              local.get 43
              i16x8.narrow_i32x4_u
              local.set 23
              local.get 15
              local.get 12
              i32.const 1
              i32.shl
              i32.add
              local.get 23
              v128.store64_lane align=1 0
              local.get 15
              local.get 12
              local.get 2
              i32.add
              i32.const 1
              i32.shl
              i32.add
              local.get 23
              v128.store64_lane align=1 1
              local.get 12
              i32.const 4
              i32.add
              local.set 12
              local.get 12
              local.get 2
              i32.ge_u
              i32.eqz
              br_if 0 (;@5;)
            end
          end
          local.get 29
          i32.const 0
          v128.load offset=928 align=1
          i16x8.lt_u
          i16x8.all_true
          i32.eqz
          if  ;; label = @4
            local.get 7
            local.get 13
            i32.const 2
            i32.shl
            i32.add
            local.get 11
            i32.store
            local.get 13
            i32.const 1
            i32.add
            local.set 13
          end
          local.get 11
          i32.const 1
          i32.add
          local.set 11
          local.get 11
          local.get 0
          i32.ge_u
          i32.eqz
          br_if 0 (;@3;)
        end
      end
    end
    local.get 8
    i32.const 2
    i32.ne
    i32.eqz
    if  ;; label = @1
      i32.const 0
      local.set 11
      block  ;; label = @2
        local.get 11
        local.get 0
        i32.ge_u
        br_if 0 (;@2;)
        loop  ;; label = @3
          local.get 3
          local.get 11
          local.get 1
          i32.mul
          i32.const 1
          i32.shl
          i32.add
          local.set 14
          local.get 4
          local.get 11
          local.get 1
          i32.mul
          i32.const 1
          i32.shl
          i32.add
          local.set 15
          local.get 5
          local.get 11
          i32.const 2
          i32.shl
          i32.add
          i32.load
          local.set 16
          i32.const 0
          v128.load offset=400 align=1
          local.set 29
          i32.const 0
          v128.load offset=416 align=1
          local.set 30
          i32.const 0
          local.set 12
          block  ;; label = @4
            local.get 12
            local.get 2
            i32.ge_u
            br_if 0 (;@4;)
            loop  ;; label = @5
              local.get 14
              local.get 12
              local.get 2
              i32.add
              i32.const 1
              i32.shl
              i32.add
              local.get 14
              local.get 12
              i32.const 1
              i32.shl
              i32.add
              v128.load64_zero align=1
              v128.load64_lane align=1 1
              local.set 23
              local.get 23
              i32.const 0
              v128.load offset=560 align=1
              i8x16.swizzle
              local.set 17
              local.get 23
              i32.const 0
              v128.load offset=576 align=1
              i8x16.swizzle
              local.set 18
              local.get 23
              i32.const 1
              i16x8.shl
              local.set 27
              local.get 29
              local.get 27
              i16x8.max_u
              local.set 29
              local.get 30
              local.get 27
              i32.const 0
              v128.load offset=624 align=1
              i16x8.sub
              i16x8.min_u
              local.set 30
              local.get 16
              local.get 12
              i32.const 2
              i32.shl
              i32.add
              v128.load align=1
              local.set 19
              local.get 16
              local.get 6
              i32.add
              local.get 12
              i32.const 2
              i32.shl
              i32.add
              v128.load align=1
              local.set 20
              local.get 17
              f64x2.promote_low_f32x4
              local.set 34
              local.get 17
              local.get 17
              i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
              f64x2.promote_low_f32x4
              local.set 35
              local.get 18
              f64x2.promote_low_f32x4
              local.set 36
              local.get 18
              local.get 18
              i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
              f64x2.promote_low_f32x4
              local.set 37
              local.get 19
              f64x2.promote_low_f32x4
              local.set 38
              local.get 19
              local.get 19
              i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
              f64x2.promote_low_f32x4
              local.set 39
              local.get 20
              f64x2.promote_low_f32x4
              local.set 40
              local.get 20
              local.get 20
              i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
              f64x2.promote_low_f32x4
              local.set 41
              local.get 34
              local.get 38
              f64x2.mul
              local.get 36
              local.get 40
              f64x2.mul
              f32x4.demote_f64x2_zero
              f64x2.promote_low_f32x4
              f64x2.sub
              f32x4.demote_f64x2_zero
              local.set 23
              local.get 34
              local.get 40
              f64x2.mul
              local.get 36
              local.get 38
              f64x2.mul
              f32x4.demote_f64x2_zero
              f64x2.promote_low_f32x4
              f64x2.add
              f32x4.demote_f64x2_zero
              local.set 24
              local.get 35
              local.get 39
              f64x2.mul
              local.get 37
              local.get 41
              f64x2.mul
              f32x4.demote_f64x2_zero
              f64x2.promote_low_f32x4
              f64x2.sub
              f32x4.demote_f64x2_zero
              local.set 25
              local.get 35
              local.get 41
              f64x2.mul
              local.get 37
              local.get 39
              f64x2.mul
              f32x4.demote_f64x2_zero
              f64x2.promote_low_f32x4
              f64x2.add
              f32x4.demote_f64x2_zero
              local.set 26
              local.get 23
              local.get 25
              i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
              local.set 21
              local.get 24
              local.get 26
              i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
              local.set 22
              local.get 21
              i32.const 0
              v128.load offset=448 align=1
              i32x4.add
              local.get 21
              i32.const 16
              i32x4.shr_u
              i32.const 0
              v128.load offset=432 align=1
              v128.and
              i32x4.add
              i32.const 0
              v128.load offset=464 align=1
              v128.and
              i32.const 16
              i32x4.shr_u
              local.set 42
              local.get 22
              i32.const 0
              v128.load offset=448 align=1
              i32x4.add
              local.get 22
              i32.const 16
              i32x4.shr_u
              i32.const 0
              v128.load offset=432 align=1
              v128.and
              i32x4.add
              i32.const 0
              v128.load offset=464 align=1
              v128.and
              i32.const 16
              i32x4.shr_u
              local.set 43
              local.get 42
              local.get 43
              i16x8.narrow_i32x4_u
              local.set 23
              local.get 15
              local.get 12
              i32.const 1
              i32.shl
              i32.add
              local.get 23
              v128.store64_lane align=1 0
              local.get 15
              local.get 12
              local.get 2
              i32.add
              i32.const 1
              i32.shl
              i32.add
              local.get 23
              v128.store64_lane align=1 1
              local.get 12
              i32.const 4
              i32.add
              local.set 12
              local.get 12
              local.get 2
              i32.ge_u
              i32.eqz
              br_if 0 (;@5;)
            end
          end
          local.get 29
          i32.const 0
          v128.load offset=928 align=1
          i16x8.lt_u
          i16x8.all_true
          i32.eqz
          if  ;; label = @4
            local.get 7
            local.get 13
            i32.const 2
            i32.shl
            i32.add
            local.get 11
            i32.store
            local.get 13
            i32.const 1
            i32.add
            local.set 13
          end
          local.get 11
          i32.const 1
          i32.add
          local.set 11
          local.get 11
          local.get 0
          i32.ge_u
          i32.eqz
          br_if 0 (;@3;)
        end
      end
    end
    local.get 8
    i32.const 3
    i32.ne
    i32.eqz
    if  ;; label = @1
      i32.const 0
      local.set 11
      block  ;; label = @2
        local.get 11
        local.get 0
        i32.ge_u
        br_if 0 (;@2;)
        loop  ;; label = @3
          local.get 3
          local.get 11
          local.get 1
          i32.mul
          i32.const 1
          i32.shl
          i32.add
          local.set 14
          local.get 4
          local.get 11
          local.get 1
          i32.mul
          i32.const 1
          i32.shl
          i32.add
          local.set 15
          local.get 5
          local.get 11
          i32.const 2
          i32.shl
          i32.add
          i32.load
          local.set 16
          i32.const 0
          v128.load offset=400 align=1
          local.set 29
          i32.const 0
          v128.load offset=416 align=1
          local.set 30
          i32.const 0
          local.set 12
          block  ;; label = @4
            local.get 12
            local.get 2
            i32.ge_u
            br_if 0 (;@4;)
            loop  ;; label = @5
              local.get 14
              local.get 12
              local.get 2
              i32.add
              i32.const 1
              i32.shl
              i32.add
              local.get 14
              local.get 12
              i32.const 1
              i32.shl
              i32.add
              v128.load64_zero align=1
              v128.load64_lane align=1 1
              local.set 23
              local.get 23
              i32.const 0
              v128.load offset=560 align=1
              i8x16.swizzle
              local.set 17
              local.get 23
              i32.const 0
              v128.load offset=576 align=1
              i8x16.swizzle
              local.set 18
              local.get 23
              i32.const 1
              i16x8.shl
              local.set 27
              local.get 29
              local.get 27
              i16x8.max_u
              local.set 29
              local.get 30
              local.get 27
              i32.const 0
              v128.load offset=624 align=1
              i16x8.sub
              i16x8.min_u
              local.set 30
              local.get 16
              local.get 12
              i32.const 2
              i32.shl
              i32.add
              v128.load align=1
              local.set 19
              local.get 16
              local.get 6
              i32.add
              local.get 12
              i32.const 2
              i32.shl
              i32.add
              v128.load align=1
              local.set 20
              local.get 17
              f64x2.promote_low_f32x4
              local.set 34
              local.get 17
              local.get 17
              i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
              f64x2.promote_low_f32x4
              local.set 35
              local.get 18
              f64x2.promote_low_f32x4
              local.set 36
              local.get 18
              local.get 18
              i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
              f64x2.promote_low_f32x4
              local.set 37
              local.get 19
              f64x2.promote_low_f32x4
              local.set 38
              local.get 19
              local.get 19
              i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
              f64x2.promote_low_f32x4
              local.set 39
              local.get 20
              f64x2.promote_low_f32x4
              local.set 40
              local.get 20
              local.get 20
              i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
              f64x2.promote_low_f32x4
              local.set 41
              local.get 34
              local.get 38
              f64x2.mul
              f32x4.demote_f64x2_zero
              f64x2.promote_low_f32x4
              local.get 36
              local.get 40
              f64x2.mul
              f64x2.sub
              f32x4.demote_f64x2_zero
              local.set 23
              local.get 34
              local.get 40
              f64x2.mul
              f32x4.demote_f64x2_zero
              f64x2.promote_low_f32x4
              local.get 36
              local.get 38
              f64x2.mul
              f64x2.add
              f32x4.demote_f64x2_zero
              local.set 24
              local.get 35
              local.get 39
              f64x2.mul
              f32x4.demote_f64x2_zero
              f64x2.promote_low_f32x4
              local.get 37
              local.get 41
              f64x2.mul
              f64x2.sub
              f32x4.demote_f64x2_zero
              local.set 25
              local.get 35
              local.get 41
              f64x2.mul
              f32x4.demote_f64x2_zero
              f64x2.promote_low_f32x4
              local.get 37
              local.get 39
              f64x2.mul
              f64x2.add
              f32x4.demote_f64x2_zero
              local.set 26
              local.get 23
              local.get 25
              i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
              local.set 21
              local.get 24
              local.get 26
              i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
              local.set 22
              local.get 21
              i32.const 0
              v128.load offset=448 align=1
              i32x4.add
              local.get 21
              i32.const 16
              i32x4.shr_u
              i32.const 0
              v128.load offset=432 align=1
              v128.and
              i32x4.add
              i32.const 0
              v128.load offset=464 align=1
              v128.and
              i32.const 16
              i32x4.shr_u
              local.set 42
              local.get 22
              i32.const 0
              v128.load offset=448 align=1
              i32x4.add
              local.get 22
              i32.const 16
              i32x4.shr_u
              i32.const 0
              v128.load offset=432 align=1
              v128.and
              i32x4.add
              i32.const 0
              v128.load offset=464 align=1
              v128.and
              i32.const 16
              i32x4.shr_u
              local.set 43
              local.get 42
              local.get 43
              i16x8.narrow_i32x4_u
              local.set 23
              local.get 15
              local.get 12
              i32.const 1
              i32.shl
              i32.add
              local.get 23
              v128.store64_lane align=1 0
              local.get 15
              local.get 12
              local.get 2
              i32.add
              i32.const 1
              i32.shl
              i32.add
              local.get 23
              v128.store64_lane align=1 1
              local.get 12
              i32.const 4
              i32.add
              local.set 12
              local.get 12
              local.get 2
              i32.ge_u
              i32.eqz
              br_if 0 (;@5;)
            end
          end
          local.get 29
          i32.const 0
          v128.load offset=928 align=1
          i16x8.lt_u
          i16x8.all_true
          i32.eqz
          if  ;; label = @4
            local.get 7
            local.get 13
            i32.const 2
            i32.shl
            i32.add
            local.get 11
            i32.store
            local.get 13
            i32.const 1
            i32.add
            local.set 13
          end
          local.get 11
          i32.const 1
          i32.add
          local.set 11
          local.get 11
          local.get 0
          i32.ge_u
          i32.eqz
          br_if 0 (;@3;)
        end
      end
    end
    local.get 13)
  (func (;19;) (type 19) (param i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32) (result i32)
    (local i32 i32 i32 i32 i32 i32 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 i32)
    i32.const 0
    local.set 13
    local.get 8
    i32.const 0
    i32.ne
    i32.eqz
    if  ;; label = @1
      i32.const 0
      local.set 11
      block  ;; label = @2
        local.get 11
        local.get 0
        i32.ge_u
        br_if 0 (;@2;)
        loop  ;; label = @3
          local.get 3
          local.get 11
          local.get 1
          i32.mul
          i32.const 1
          i32.shl
          i32.add
          local.set 14
          local.get 4
          local.get 11
          local.get 1
          i32.mul
          i32.const 1
          i32.shl
          i32.add
          local.set 15
          local.get 5
          local.get 11
          i32.const 2
          i32.shl
          i32.add
          i32.load
          local.set 16
          i32.const 0
          v128.load offset=400 align=1
          local.set 29
          i32.const 0
          v128.load offset=416 align=1
          local.set 30
          i32.const 0
          local.set 12
          block  ;; label = @4
            local.get 12
            local.get 2
            i32.ge_u
            br_if 0 (;@4;)
            loop  ;; label = @5
              local.get 14
              local.get 12
              i32.const 1
              i32.shl
              i32.const 1
              i32.shl
              i32.add
              v128.load align=1
              local.set 23
              local.get 23
              i32.const 16
              i32x4.shl
              local.set 17
              local.get 23
              i32.const 0
              v128.load offset=464 align=1
              v128.and
              local.set 18
              local.get 23
              i32.const 1
              i16x8.shl
              local.set 27
              local.get 29
              local.get 27
              i16x8.max_u
              local.set 29
              local.get 30
              local.get 27
              i32.const 0
              v128.load offset=624 align=1
              i16x8.sub
              i16x8.min_u
              local.set 30
              local.get 16
              local.get 12
              i32.const 2
              i32.shl
              i32.add
              v128.load align=1
              local.set 19
              local.get 16
              local.get 6
              i32.add
              local.get 12
              i32.const 2
              i32.shl
              i32.add
              v128.load align=1
              local.set 20
              local.get 17
              local.get 19
              f32x4.mul
              local.get 18
              local.get 20
              f32x4.mul
              f32x4.sub
              local.set 21
              local.get 17
              local.get 20
              f32x4.mul
              local.get 18
              local.get 19
              f32x4.mul
              f32x4.add
              local.set 22
              local.get 21
              i32.const 0
              v128.load offset=448 align=1
              i32x4.add
              local.get 21
              i32.const 16
              i32x4.shr_u
              i32.const 0
              v128.load offset=432 align=1
              v128.and
              i32x4.add
              i32.const 0
              v128.load offset=464 align=1
              v128.and
              i32.const 16
              i32x4.shr_u
              local.set 42
              local.get 22
              i32.const 0
              v128.load offset=448 align=1
              i32x4.add
              local.get 22
              i32.const 16
              i32x4.shr_u
              i32.const 0
              v128.load offset=432 align=1
              v128.and
              i32x4.add
              i32.const 0
              v128.load offset=464 align=1
              v128.and
              i32.const 16
              i32x4.shr_u
              local.set 43
              local.get 15
              local.get 12
              i32.const 1
              i32.shl
              i32.const 1
              i32.shl
              i32.add
              local.get 42
              local.get 43
              i32.const 16
              i32x4.shl
              v128.or
              v128.store align=1
              local.get 12
              i32.const 4
              i32.add
              local.set 12
              local.get 12
              local.get 2
              i32.ge_u
              i32.eqz
              br_if 0 (;@5;)
            end
          end
          local.get 29
          i32.const 0
          v128.load offset=928 align=1
          i16x8.lt_u
          local.get 30
          i32.const 0
          v128.load offset=944 align=1
          i16x8.ge_u
          v128.and
          i16x8.all_true
          i32.eqz
          if  ;; label = @4
            local.get 7
            local.get 13
            i32.const 2
            i32.shl
            i32.add
            local.get 11
            i32.store
            local.get 13
            i32.const 1
            i32.add
            local.set 13
          end
          local.get 11
          i32.const 1
          i32.add
          local.set 11
          local.get 11
          local.get 0
          i32.ge_u
          i32.eqz
          br_if 0 (;@3;)
        end
      end
    end
    local.get 8
    i32.const 1
    i32.ne
    i32.eqz
    if  ;; label = @1
      i32.const 0
      local.set 11
      block  ;; label = @2
        local.get 11
        local.get 0
        i32.ge_u
        br_if 0 (;@2;)
        loop  ;; label = @3
          local.get 3
          local.get 11
          local.get 1
          i32.mul
          i32.const 1
          i32.shl
          i32.add
          local.set 14
          local.get 4
          local.get 11
          local.get 1
          i32.mul
          i32.const 1
          i32.shl
          i32.add
          local.set 15
          local.get 5
          local.get 11
          i32.const 2
          i32.shl
          i32.add
          i32.load
          local.set 16
          i32.const 0
          v128.load offset=400 align=1
          local.set 29
          i32.const 0
          v128.load offset=416 align=1
          local.set 30
          i32.const 0
          local.set 12
          block  ;; label = @4
            local.get 12
            local.get 2
            i32.ge_u
            br_if 0 (;@4;)
            loop  ;; label = @5
              local.get 14
              local.get 12
              i32.const 1
              i32.shl
              i32.const 1
              i32.shl
              i32.add
              v128.load align=1
              local.set 23
              local.get 23
              i32.const 16
              i32x4.shl
              local.set 17
              local.get 23
              i32.const 0
              v128.load offset=464 align=1
              v128.and
              local.set 18
              local.get 23
              i32.const 1
              i16x8.shl
              local.set 27
              local.get 29
              local.get 27
              i16x8.max_u
              local.set 29
              local.get 30
              local.get 27
              i32.const 0
              v128.load offset=624 align=1
              i16x8.sub
              i16x8.min_u
              local.set 30
              local.get 16
              local.get 12
              i32.const 2
              i32.shl
              i32.add
              v128.load align=1
              local.set 19
              local.get 16
              local.get 6
              i32.add
              local.get 12
              i32.const 2
              i32.shl
              i32.add
              v128.load align=1
              local.set 20
              local.get 17
              f64x2.promote_low_f32x4
              local.set 34
              local.get 17
              local.get 17
              i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
              f64x2.promote_low_f32x4
              local.set 35
              local.get 18
              f64x2.promote_low_f32x4
              local.set 36
              local.get 18
              local.get 18
              i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
              f64x2.promote_low_f32x4
              local.set 37
              local.get 19
              f64x2.promote_low_f32x4
              local.set 38
              local.get 19
              local.get 19
              i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
              f64x2.promote_low_f32x4
              local.set 39
              local.get 20
              f64x2.promote_low_f32x4
              local.set 40
              local.get 20
              local.get 20
              i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
              f64x2.promote_low_f32x4
              local.set 41
              local.get 34
              local.get 38
              f64x2.mul
              f32x4.demote_f64x2_zero
              f64x2.promote_low_f32x4
              local.get 36
              local.get 40
              f64x2.mul
              f32x4.demote_f64x2_zero
              f64x2.promote_low_f32x4
              f64x2.sub
              f32x4.demote_f64x2_zero
              local.set 23
              local.get 34
              local.get 40
              f64x2.mul
              f32x4.demote_f64x2_zero
              f64x2.promote_low_f32x4
              local.get 36
              local.get 38
              f64x2.mul
              f32x4.demote_f64x2_zero
              f64x2.promote_low_f32x4
              f64x2.add
              f32x4.demote_f64x2_zero
              local.set 24
              local.get 35
              local.get 39
              f64x2.mul
              f32x4.demote_f64x2_zero
              f64x2.promote_low_f32x4
              local.get 37
              local.get 41
              f64x2.mul
              f32x4.demote_f64x2_zero
              f64x2.promote_low_f32x4
              f64x2.sub
              f32x4.demote_f64x2_zero
              local.set 25
              local.get 35
              local.get 41
              f64x2.mul
              f32x4.demote_f64x2_zero
              f64x2.promote_low_f32x4
              local.get 37
              local.get 39
              f64x2.mul
              f32x4.demote_f64x2_zero
              f64x2.promote_low_f32x4
              f64x2.add
              f32x4.demote_f64x2_zero
              local.set 26
              local.get 23
              local.get 25
              i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
              local.set 21
              local.get 24
              local.get 26
              i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
              local.set 22
              local.get 21
              i32.const 0
              v128.load offset=448 align=1
              i32x4.add
              local.get 21
              i32.const 16
              i32x4.shr_u
              i32.const 0
              v128.load offset=432 align=1
              v128.and
              i32x4.add
              i32.const 0
              v128.load offset=464 align=1
              v128.and
              i32.const 16
              i32x4.shr_u
              local.set 42
              local.get 22
              i32.const 0
              v128.load offset=448 align=1
              i32x4.add
              local.get 22
              i32.const 16
              i32x4.shr_u
              i32.const 0
              v128.load offset=432 align=1
              v128.and
              i32x4.add
              i32.const 0
              v128.load offset=464 align=1
              v128.and
              i32.const 16
              i32x4.shr_u
              local.set 43
              local.get 15
              local.get 12
              i32.const 1
              i32.shl
              i32.const 1
              i32.shl
              i32.add
              local.get 42
              local.get 43
              i32.const 16
              i32x4.shl
              v128.or
              v128.store align=1
              local.get 12
              i32.const 4
              i32.add
              local.set 12
              local.get 12
              local.get 2
              i32.ge_u
              i32.eqz
              br_if 0 (;@5;)
            end
          end
          local.get 29
          i32.const 0
          v128.load offset=928 align=1
          i16x8.lt_u
          i16x8.all_true
          i32.eqz
          if  ;; label = @4
            local.get 7
            local.get 13
            i32.const 2
            i32.shl
            i32.add
            local.get 11
            i32.store
            local.get 13
            i32.const 1
            i32.add
            local.set 13
          end
          local.get 11
          i32.const 1
          i32.add
          local.set 11
          local.get 11
          local.get 0
          i32.ge_u
          i32.eqz
          br_if 0 (;@3;)
        end
      end
    end
    local.get 8
    i32.const 2
    i32.ne
    i32.eqz
    if  ;; label = @1
      i32.const 0
      local.set 11
      block  ;; label = @2
        local.get 11
        local.get 0
        i32.ge_u
        br_if 0 (;@2;)
        loop  ;; label = @3
          local.get 3
          local.get 11
          local.get 1
          i32.mul
          i32.const 1
          i32.shl
          i32.add
          local.set 14
          local.get 4
          local.get 11
          local.get 1
          i32.mul
          i32.const 1
          i32.shl
          i32.add
          local.set 15
          local.get 5
          local.get 11
          i32.const 2
          i32.shl
          i32.add
          i32.load
          local.set 16
          i32.const 0
          v128.load offset=400 align=1
          local.set 29
          i32.const 0
          v128.load offset=416 align=1
          local.set 30
          i32.const 0
          local.set 12
          block  ;; label = @4
            local.get 12
            local.get 2
            i32.ge_u
            br_if 0 (;@4;)
            loop  ;; label = @5
              local.get 14
              local.get 12
              i32.const 1
              i32.shl
              i32.const 1
              i32.shl
              i32.add
              v128.load align=1
              local.set 23
              local.get 23
              i32.const 16
              i32x4.shl
              local.set 17
              local.get 23
              i32.const 0
              v128.load offset=464 align=1
              v128.and
              local.set 18
              local.get 23
              i32.const 1
              i16x8.shl
              local.set 27
              local.get 29
              local.get 27
              i16x8.max_u
              local.set 29
              local.get 30
              local.get 27
              i32.const 0
              v128.load offset=624 align=1
              i16x8.sub
              i16x8.min_u
              local.set 30
              local.get 16
              local.get 12
              i32.const 2
              i32.shl
              i32.add
              v128.load align=1
              local.set 19
              local.get 16
              local.get 6
              i32.add
              local.get 12
              i32.const 2
              i32.shl
              i32.add
              v128.load align=1
              local.set 20
              local.get 17
              f64x2.promote_low_f32x4
              local.set 34
              local.get 17
              local.get 17
              i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
              f64x2.promote_low_f32x4
              local.set 35
              local.get 18
              f64x2.promote_low_f32x4
              local.set 36
              local.get 18
              local.get 18
              i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
              f64x2.promote_low_f32x4
              local.set 37
              local.get 19
              f64x2.promote_low_f32x4
              local.set 38
              local.get 19
              local.get 19
              i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
              f64x2.promote_low_f32x4
              local.set 39
              local.get 20
              f64x2.promote_low_f32x4
              local.set 40
              local.get 20
              local.get 20
              i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
              f64x2.promote_low_f32x4
              local.set 41
              local.get 34
              local.get 38
              f64x2.mul
              local.get 36
              local.get 40
              f64x2.mul
              f32x4.demote_f64x2_zero
              f64x2.promote_low_f32x4
              f64x2.sub
              f32x4.demote_f64x2_zero
              local.set 23
              local.get 34
              local.get 40
              f64x2.mul
              local.get 36
              local.get 38
              f64x2.mul
              f32x4.demote_f64x2_zero
              f64x2.promote_low_f32x4
              f64x2.add
              f32x4.demote_f64x2_zero
              local.set 24
              local.get 35
              local.get 39
              f64x2.mul
              local.get 37
              local.get 41
              f64x2.mul
              f32x4.demote_f64x2_zero
              f64x2.promote_low_f32x4
              f64x2.sub
              f32x4.demote_f64x2_zero
              local.set 25
              local.get 35
              local.get 41
              f64x2.mul
              local.get 37
              local.get 39
              f64x2.mul
              f32x4.demote_f64x2_zero
              f64x2.promote_low_f32x4
              f64x2.add
              f32x4.demote_f64x2_zero
              local.set 26
              local.get 23
              local.get 25
              i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
              local.set 21
              local.get 24
              local.get 26
              i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
              local.set 22
              local.get 21
              i32.const 0
              v128.load offset=448 align=1
              i32x4.add
              local.get 21
              i32.const 16
              i32x4.shr_u
              i32.const 0
              v128.load offset=432 align=1
              v128.and
              i32x4.add
              i32.const 0
              v128.load offset=464 align=1
              v128.and
              i32.const 16
              i32x4.shr_u
              local.set 42
              local.get 22
              i32.const 0
              v128.load offset=448 align=1
              i32x4.add
              local.get 22
              i32.const 16
              i32x4.shr_u
              i32.const 0
              v128.load offset=432 align=1
              v128.and
              i32x4.add
              i32.const 0
              v128.load offset=464 align=1
              v128.and
              i32.const 16
              i32x4.shr_u
              local.set 43
              local.get 15
              local.get 12
              i32.const 1
              i32.shl
              i32.const 1
              i32.shl
              i32.add
              local.get 42
              local.get 43
              i32.const 16
              i32x4.shl
              v128.or
              v128.store align=1
              local.get 12
              i32.const 4
              i32.add
              local.set 12
              local.get 12
              local.get 2
              i32.ge_u
              i32.eqz
              br_if 0 (;@5;)
            end
          end
          local.get 29
          i32.const 0
          v128.load offset=928 align=1
          i16x8.lt_u
          i16x8.all_true
          i32.eqz
          if  ;; label = @4
            local.get 7
            local.get 13
            i32.const 2
            i32.shl
            i32.add
            local.get 11
            i32.store
            local.get 13
            i32.const 1
            i32.add
            local.set 13
          end
          local.get 11
          i32.const 1
          i32.add
          local.set 11
          local.get 11
          local.get 0
          i32.ge_u
          i32.eqz
          br_if 0 (;@3;)
        end
      end
    end
    local.get 8
    i32.const 3
    i32.ne
    i32.eqz
    if  ;; label = @1
      i32.const 0
      local.set 11
      block  ;; label = @2
        local.get 11
        local.get 0
        i32.ge_u
        br_if 0 (;@2;)
        loop  ;; label = @3
          local.get 3
          local.get 11
          local.get 1
          i32.mul
          i32.const 1
          i32.shl
          i32.add
          local.set 14
          local.get 4
          local.get 11
          local.get 1
          i32.mul
          i32.const 1
          i32.shl
          i32.add
          local.set 15
          local.get 5
          local.get 11
          i32.const 2
          i32.shl
          i32.add
          i32.load
          local.set 16
          i32.const 0
          v128.load offset=400 align=1
          local.set 29
          i32.const 0
          v128.load offset=416 align=1
          local.set 30
          i32.const 0
          local.set 12
          block  ;; label = @4
            local.get 12
            local.get 2
            i32.ge_u
            br_if 0 (;@4;)
            loop  ;; label = @5
              local.get 14
              local.get 12
              i32.const 1
              i32.shl
              i32.const 1
              i32.shl
              i32.add
              v128.load align=1
              local.set 23
              local.get 23
              i32.const 16
              i32x4.shl
              local.set 17
              local.get 23
              i32.const 0
              v128.load offset=464 align=1
              v128.and
              local.set 18
              local.get 23
              i32.const 1
              i16x8.shl
              local.set 27
              local.get 29
              local.get 27
              i16x8.max_u
              local.set 29
              local.get 30
              local.get 27
              i32.const 0
              v128.load offset=624 align=1
              i16x8.sub
              i16x8.min_u
              local.set 30
              local.get 16
              local.get 12
              i32.const 2
              i32.shl
              i32.add
              v128.load align=1
              local.set 19
              local.get 16
              local.get 6
              i32.add
              local.get 12
              i32.const 2
              i32.shl
              i32.add
              v128.load align=1
              local.set 20
              local.get 17
              f64x2.promote_low_f32x4
              local.set 34
              local.get 17
              local.get 17
              i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
              f64x2.promote_low_f32x4
              local.set 35
              local.get 18
              f64x2.promote_low_f32x4
              local.set 36
              local.get 18
              local.get 18
              i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
              f64x2.promote_low_f32x4
              local.set 37
              local.get 19
              f64x2.promote_low_f32x4
              local.set 38
              local.get 19
              local.get 19
              i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
              f64x2.promote_low_f32x4
              local.set 39
              local.get 20
              f64x2.promote_low_f32x4
              local.set 40
              local.get 20
              local.get 20
              i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
              f64x2.promote_low_f32x4
              local.set 41
              local.get 34
              local.get 38
              f64x2.mul
              f32x4.demote_f64x2_zero
              f64x2.promote_low_f32x4
              local.get 36
              local.get 40
              f64x2.mul
              f64x2.sub
              f32x4.demote_f64x2_zero
              local.set 23
              local.get 34
              local.get 40
              f64x2.mul
              f32x4.demote_f64x2_zero
              f64x2.promote_low_f32x4
              local.get 36
              local.get 38
              f64x2.mul
              f64x2.add
              f32x4.demote_f64x2_zero
              local.set 24
              local.get 35
              local.get 39
              f64x2.mul
              f32x4.demote_f64x2_zero
              f64x2.promote_low_f32x4
              local.get 37
              local.get 41
              f64x2.mul
              f64x2.sub
              f32x4.demote_f64x2_zero
              local.set 25
              local.get 35
              local.get 41
              f64x2.mul
              f32x4.demote_f64x2_zero
              f64x2.promote_low_f32x4
              local.get 37
              local.get 39
              f64x2.mul
              f64x2.add
              f32x4.demote_f64x2_zero
              local.set 26
              local.get 23
              local.get 25
              i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
              local.set 21
              local.get 24
              local.get 26
              i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
              local.set 22
              local.get 21
              i32.const 0
              v128.load offset=448 align=1
              i32x4.add
              local.get 21
              i32.const 16
              i32x4.shr_u
              i32.const 0
              v128.load offset=432 align=1
              v128.and
              i32x4.add
              i32.const 0
              v128.load offset=464 align=1
              v128.and
              i32.const 16
              i32x4.shr_u
              local.set 42
              local.get 22
              i32.const 0
              v128.load offset=448 align=1
              i32x4.add
              local.get 22
              i32.const 16
              i32x4.shr_u
              i32.const 0
              v128.load offset=432 align=1
              v128.and
              i32x4.add
              i32.const 0
              v128.load offset=464 align=1
              v128.and
              i32.const 16
              i32x4.shr_u
              local.set 43
              local.get 15
              local.get 12
              i32.const 1
              i32.shl
              i32.const 1
              i32.shl
              i32.add
              local.get 42
              local.get 43
              i32.const 16
              i32x4.shl
              v128.or
              v128.store align=1
              local.get 12
              i32.const 4
              i32.add
              local.set 12
              local.get 12
              local.get 2
              i32.ge_u
              i32.eqz
              br_if 0 (;@5;)
            end
          end
          local.get 29
          i32.const 0
          v128.load offset=928 align=1
          i16x8.lt_u
          i16x8.all_true
          i32.eqz
          if  ;; label = @4
            local.get 7
            local.get 13
            i32.const 2
            i32.shl
            i32.add
            local.get 11
            i32.store
            local.get 13
            i32.const 1
            i32.add
            local.set 13
          end
          local.get 11
          i32.const 1
          i32.add
          local.set 11
          local.get 11
          local.get 0
          i32.ge_u
          i32.eqz
          br_if 0 (;@3;)
        end
      end
    end
    local.get 13)
  (func (;20;) (type 20) (param i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32) (result i32)
    (local i32 i32 i32 i32 i32 i32 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 i32 v128 v128 v128 v128 v128 v128)
    i32.const 0
    v128.load offset=976 align=1
    local.set 59
    i32.const 0
    v128.load offset=864 align=1
    local.set 60
    i32.const 0
    v128.load offset=384 align=1
    local.set 61
    i32.const 0
    v128.load offset=992 align=1
    local.set 62
    i32.const 0
    v128.load offset=432 align=1
    local.set 63
    i32.const 0
    v128.load offset=656 align=1
    local.set 64
    i32.const 0
    v128.load offset=400 align=1
    local.set 46
    local.get 2
    i32.const -8
    i32.and
    i32.const 0
    local.get 9
    i32.sub
    i32.and
    local.set 58
    i32.const 0
    local.set 13
    local.get 8
    i32.const 0
    i32.ne
    i32.eqz
    local.get 10
    i32.eqz
    i32.and
    if  ;; label = @1
      i32.const 0
      local.set 11
      block  ;; label = @2
        local.get 11
        local.get 0
        i32.ge_u
        br_if 0 (;@2;)
        loop  ;; label = @3
          local.get 3
          local.get 11
          local.get 1
          i32.mul
          i32.const 1
          i32.shl
          i32.add
          local.set 14
          local.get 4
          local.get 11
          local.get 1
          i32.mul
          i32.const 1
          i32.shl
          i32.add
          local.set 15
          local.get 5
          local.get 11
          i32.const 2
          i32.shl
          i32.add
          i32.load
          local.set 16
          i32.const 0
          v128.load offset=400 align=1
          local.set 29
          i32.const 0
          v128.load offset=416 align=1
          local.set 30
          i32.const 0
          v128.load offset=400 align=1
          local.set 44
          i32.const 0
          v128.load offset=416 align=1
          local.set 45
          i32.const 0
          v128.load offset=416 align=1
          local.set 57
          i32.const 0
          local.set 12
          block  ;; label = @4
            local.get 12
            local.get 58
            i32.ge_u
            br_if 0 (;@4;)
            loop  ;; label = @5
              local.get 14
              local.get 12
              i32.const 1
              i32.shl
              i32.add
              v128.load align=1
              local.set 47
              local.get 14
              local.get 12
              local.get 2
              i32.add
              i32.const 1
              i32.shl
              i32.add
              v128.load align=1
              local.set 48
              local.get 47
              i32.const 1
              i16x8.shl
              local.set 27
              local.get 29
              local.get 27
              i16x8.max_u
              local.set 29
              local.get 48
              i32.const 1
              i16x8.shl
              local.set 27
              local.get 29
              local.get 27
              i16x8.max_u
              local.set 29
              local.get 46
              local.get 47
              i8x16.shuffle 0 1 16 17 2 3 18 19 4 5 20 21 6 7 22 23
              local.set 17
              local.get 46
              local.get 47
              i8x16.shuffle 8 9 24 25 10 11 26 27 12 13 28 29 14 15 30 31
              local.set 49
              local.get 46
              local.get 48
              i8x16.shuffle 0 1 16 17 2 3 18 19 4 5 20 21 6 7 22 23
              local.set 18
              local.get 46
              local.get 48
              i8x16.shuffle 8 9 24 25 10 11 26 27 12 13 28 29 14 15 30 31
              local.set 50
              local.get 17
              i32.const 3
              i32x4.shr_s
              local.get 59
              v128.and
              local.get 60
              f32x4.mul
              local.set 17
              local.get 49
              i32.const 3
              i32x4.shr_s
              local.get 59
              v128.and
              local.get 60
              f32x4.mul
              local.set 49
              local.get 18
              i32.const 3
              i32x4.shr_s
              local.get 59
              v128.and
              local.get 60
              f32x4.mul
              local.set 18
              local.get 50
              i32.const 3
              i32x4.shr_s
              local.get 59
              v128.and
              local.get 60
              f32x4.mul
              local.set 50
              local.get 16
              local.get 12
              i32.const 2
              i32.shl
              i32.add
              v128.load align=1
              local.set 19
              local.get 16
              local.get 12
              i32.const 2
              i32.shl
              i32.add
              v128.load offset=16 align=1
              local.set 51
              local.get 16
              local.get 6
              i32.add
              local.get 12
              i32.const 2
              i32.shl
              i32.add
              v128.load align=1
              local.set 20
              local.get 16
              local.get 6
              i32.add
              local.get 12
              i32.const 2
              i32.shl
              i32.add
              v128.load offset=16 align=1
              local.set 52
              local.get 17
              local.get 19
              f32x4.mul
              local.get 18
              local.get 20
              f32x4.mul
              f32x4.sub
              local.set 21
              local.get 17
              local.get 20
              f32x4.mul
              local.get 18
              local.get 19
              f32x4.mul
              f32x4.add
              local.set 22
              local.get 49
              local.get 51
              f32x4.mul
              local.get 50
              local.get 52
              f32x4.mul
              f32x4.sub
              local.set 53
              local.get 49
              local.get 52
              f32x4.mul
              local.get 50
              local.get 51
              f32x4.mul
              f32x4.add
              local.set 54
              local.get 21
              local.get 61
              f32x4.mul
              local.set 28
              local.get 28
              local.get 28
              local.get 21
              f32x4.sub
              f32x4.sub
              local.get 62
              f32x4.mul
              local.set 28
              local.get 28
              i32.const 3
              i32x4.shl
              local.set 27
              local.get 57
              local.get 27
              local.get 63
              i32x4.sub
              i32x4.min_u
              local.set 57
              local.get 27
              local.get 28
              local.get 64
              v128.and
              v128.or
              local.set 42
              local.get 53
              local.get 61
              f32x4.mul
              local.set 28
              local.get 28
              local.get 28
              local.get 53
              f32x4.sub
              f32x4.sub
              local.get 62
              f32x4.mul
              local.set 28
              local.get 28
              i32.const 3
              i32x4.shl
              local.set 27
              local.get 57
              local.get 27
              local.get 63
              i32x4.sub
              i32x4.min_u
              local.set 57
              local.get 27
              local.get 28
              local.get 64
              v128.and
              v128.or
              local.set 43
              local.get 22
              local.get 61
              f32x4.mul
              local.set 28
              local.get 28
              local.get 28
              local.get 22
              f32x4.sub
              f32x4.sub
              local.get 62
              f32x4.mul
              local.set 28
              local.get 28
              i32.const 3
              i32x4.shl
              local.set 27
              local.get 57
              local.get 27
              local.get 63
              i32x4.sub
              i32x4.min_u
              local.set 57
              local.get 27
              local.get 28
              local.get 64
              v128.and
              v128.or
              local.set 55
              local.get 54
              local.get 61
              f32x4.mul
              local.set 28
              local.get 28
              local.get 28
              local.get 54
              f32x4.sub
              f32x4.sub
              local.get 62
              f32x4.mul
              local.set 28
              local.get 28
              i32.const 3
              i32x4.shl
              local.set 27
              local.get 57
              local.get 27
              local.get 63
              i32x4.sub
              i32x4.min_u
              local.set 57
              local.get 27
              local.get 28
              local.get 64
              v128.and
              v128.or
              local.set 56
              local.get 15
              local.get 12
              i32.const 1
              i32.shl
              i32.add
              local.get 42
              i32.const 16
              i32x4.shr_u
              local.get 43
              i32.const 16
              i32x4.shr_u
              i16x8.narrow_i32x4_u
              v128.store align=1
              local.get 15
              local.get 12
              local.get 2
              i32.add
              i32.const 1
              i32.shl
              i32.add
              local.get 55
              i32.const 16
              i32x4.shr_u
              local.get 56
              i32.const 16
              i32x4.shr_u
              i16x8.narrow_i32x4_u
              v128.store align=1
              local.get 12
              i32.const 8
              i32.add
              local.set 12
              local.get 12
              local.get 58
              i32.ge_u
              i32.eqz
              br_if 0 (;@5;)
            end
          end
          local.get 58
          local.set 12
          block  ;; label = @4
            local.get 12
            local.get 2
            i32.ge_u
            br_if 0 (;@4;)
            loop  ;; label = @5
              local.get 14
              local.get 12
              local.get 2
              i32.add
              i32.const 1
              i32.shl
              i32.add
              local.get 14
              local.get 12
              i32.const 1
              i32.shl
              i32.add
              v128.load64_zero align=1
              v128.load64_lane align=1 1
              local.set 23
              local.get 23
              i32.const 0
              v128.load offset=560 align=1
              i8x16.swizzle
              local.set 17
              local.get 23
              i32.const 0
              v128.load offset=576 align=1
              i8x16.swizzle
              local.set 18
              local.get 17
              i32.const 3
              i32x4.shr_s
              i32.const 0
              v128.load offset=976 align=1
              v128.and
              i32.const 0
              v128.load offset=864 align=1
              f32x4.mul
              local.set 17
              local.get 18
              i32.const 3
              i32x4.shr_s
              i32.const 0
              v128.load offset=976 align=1
              v128.and
              i32.const 0
              v128.load offset=864 align=1
              f32x4.mul
              local.set 18
              local.get 23
              i32.const 1
              i16x8.shl
              local.set 27
              local.get 29
              local.get 27
              i16x8.max_u
              local.set 29
              local.get 16
              local.get 12
              i32.const 2
              i32.shl
              i32.add
              v128.load align=1
              local.set 19
              local.get 16
              local.get 6
              i32.add
              local.get 12
              i32.const 2
              i32.shl
              i32.add
              v128.load align=1
              local.set 20
              local.get 17
              local.get 19
              f32x4.mul
              local.get 18
              local.get 20
              f32x4.mul
              f32x4.sub
              local.set 21
              local.get 17
              local.get 20
              f32x4.mul
              local.get 18
              local.get 19
              f32x4.mul
              f32x4.add
              local.set 22
              local.get 21
              i32.const 1
              i32x4.shl
              local.set 27
              local.get 44
              local.get 27
              i32x4.max_u
              local.set 44
              local.get 45
              local.get 27
              i32.const 0
              v128.load offset=432 align=1
              i32x4.sub
              i32x4.min_u
              local.set 45
              local.get 22
              i32.const 1
              i32x4.shl
              local.set 27
              local.get 44
              local.get 27
              i32x4.max_u
              local.set 44
              local.get 45
              local.get 27
              i32.const 0
              v128.load offset=432 align=1
              i32x4.sub
              i32x4.min_u
              local.set 45
              local.get 21
              i32.const 0
              v128.load offset=384 align=1
              f32x4.mul
              local.set 28
              local.get 28
              local.get 28
              local.get 21
              f32x4.sub
              f32x4.sub
              i32.const 0
              v128.load offset=992 align=1
              f32x4.mul
              local.set 28
              local.get 28
              i32.const 3
              i32x4.shl
              local.get 28
              i32.const 0
              v128.load offset=656 align=1
              v128.and
              v128.or
              local.set 42
              local.get 22
              i32.const 0
              v128.load offset=384 align=1
              f32x4.mul
              local.set 28
              local.get 28
              local.get 28
              local.get 22
              f32x4.sub
              f32x4.sub
              i32.const 0
              v128.load offset=992 align=1
              f32x4.mul
              local.set 28
              local.get 28
              i32.const 3
              i32x4.shl
              local.get 28
              i32.const 0
              v128.load offset=656 align=1
              v128.and
              v128.or
              local.set 43
              local.get 42
              local.get 43
              i8x16.shuffle 2 3 6 7 10 11 14 15 18 19 22 23 26 27 30 31
              local.set 23
              local.get 15
              local.get 12
              i32.const 1
              i32.shl
              i32.add
              local.get 23
              v128.store64_lane align=1 0
              local.get 15
              local.get 12
              local.get 2
              i32.add
              i32.const 1
              i32.shl
              i32.add
              local.get 23
              v128.store64_lane align=1 1
              local.get 12
              i32.const 4
              i32.add
              local.set 12
              local.get 12
              local.get 2
              i32.ge_u
              i32.eqz
              br_if 0 (;@5;)
            end
          end
          local.get 44
          i32.const 0
          v128.load offset=736 align=1
          i32x4.lt_u
          local.get 45
          i32.const 0
          v128.load offset=752 align=1
          i32x4.ge_u
          v128.and
          i32x4.all_true
          local.get 57
          i32.const 0
          v128.load offset=1008 align=1
          i32x4.ge_u
          i32x4.all_true
          local.get 58
          i32.eqz
          local.get 29
          i32.const 0
          v128.load offset=1024 align=1
          i16x8.lt_u
          i16x8.all_true
          i32.or
          i32.and
          i32.and
          i32.eqz
          if  ;; label = @4
            i32.const 0
            local.set 12
            block  ;; label = @5
              local.get 12
              local.get 2
              i32.ge_u
              br_if 0 (;@5;)
              loop  ;; label = @6
                local.get 14
                local.get 12
                local.get 2
                i32.add
                i32.const 1
                i32.shl
                i32.add
                local.get 14
                local.get 12
                i32.const 1
                i32.shl
                i32.add
                v128.load64_zero align=1
                v128.load64_lane align=1 1
                local.set 23
                local.get 23
                i32.const 0
                v128.load offset=560 align=1
                i8x16.swizzle
                local.set 17
                local.get 23
                i32.const 0
                v128.load offset=576 align=1
                i8x16.swizzle
                local.set 18
                local.get 17
                i32.const 3
                i32x4.shr_s
                i32.const 0
                v128.load offset=976 align=1
                v128.and
                i32.const 0
                v128.load offset=864 align=1
                f32x4.mul
                local.set 17
                local.get 18
                i32.const 3
                i32x4.shr_s
                i32.const 0
                v128.load offset=976 align=1
                v128.and
                i32.const 0
                v128.load offset=864 align=1
                f32x4.mul
                local.set 18
                local.get 16
                local.get 12
                i32.const 2
                i32.shl
                i32.add
                v128.load align=1
                local.set 19
                local.get 16
                local.get 6
                i32.add
                local.get 12
                i32.const 2
                i32.shl
                i32.add
                v128.load align=1
                local.set 20
                local.get 17
                local.get 19
                f32x4.mul
                local.get 18
                local.get 20
                f32x4.mul
                f32x4.sub
                local.set 21
                local.get 17
                local.get 20
                f32x4.mul
                local.get 18
                local.get 19
                f32x4.mul
                f32x4.add
                local.set 22
                local.get 21
                i32.const 0
                v128.load offset=832 align=1
                v128.and
                local.set 28
                local.get 28
                i32.const 0
                v128.load offset=848 align=1
                i32x4.min_u
                local.set 27
                local.get 28
                i32.const 0
                v128.load offset=640 align=1
                f32x4.add
                i32.const 0
                v128.load offset=640 align=1
                i32x4.sub
                local.get 27
                i32.const 0
                v128.load offset=800 align=1
                i32x4.add
                local.get 27
                i32.const 13
                i32x4.shr_u
                i32.const 0
                v128.load offset=432 align=1
                v128.and
                i32x4.add
                i32.const 13
                i32x4.shr_u
                local.get 28
                i32.const 0
                v128.load offset=672 align=1
                i32x4.lt_s
                v128.bitselect
                local.get 21
                i32.const 16
                i32x4.shr_u
                i32.const 0
                v128.load offset=816 align=1
                v128.and
                v128.or
                local.set 42
                local.get 22
                i32.const 0
                v128.load offset=832 align=1
                v128.and
                local.set 28
                local.get 28
                i32.const 0
                v128.load offset=848 align=1
                i32x4.min_u
                local.set 27
                local.get 28
                i32.const 0
                v128.load offset=640 align=1
                f32x4.add
                i32.const 0
                v128.load offset=640 align=1
                i32x4.sub
                local.get 27
                i32.const 0
                v128.load offset=800 align=1
                i32x4.add
                local.get 27
                i32.const 13
                i32x4.shr_u
                i32.const 0
                v128.load offset=432 align=1
                v128.and
                i32x4.add
                i32.const 13
                i32x4.shr_u
                local.get 28
                i32.const 0
                v128.load offset=672 align=1
                i32x4.lt_s
                v128.bitselect
                local.get 22
                i32.const 16
                i32x4.shr_u
                i32.const 0
                v128.load offset=816 align=1
                v128.and
                v128.or
                local.set 43
                local.get 42
                local.get 43
                i16x8.narrow_i32x4_u
                local.set 23
                local.get 15
                local.get 12
                i32.const 1
                i32.shl
                i32.add
                local.get 23
                v128.store64_lane align=1 0
                local.get 15
                local.get 12
                local.get 2
                i32.add
                i32.const 1
                i32.shl
                i32.add
                local.get 23
                v128.store64_lane align=1 1
                local.get 12
                i32.const 4
                i32.add
                local.set 12
                local.get 12
                local.get 2
                i32.ge_u
                i32.eqz
                br_if 0 (;@6;)
              end
            end
          end
          local.get 29
          i32.const 0
          v128.load offset=960 align=1
          i16x8.lt_u
          i16x8.all_true
          i32.eqz
          if  ;; label = @4
            local.get 7
            local.get 13
            i32.const 2
            i32.shl
            i32.add
            local.get 11
            i32.store
            local.get 13
            i32.const 1
            i32.add
            local.set 13
          end
          local.get 11
          i32.const 1
          i32.add
          local.set 11
          local.get 11
          local.get 0
          i32.ge_u
          i32.eqz
          br_if 0 (;@3;)
        end
      end
    end
    local.get 8
    i32.const 0
    i32.ne
    i32.eqz
    local.get 10
    i32.const 0
    i32.ne
    i32.and
    if  ;; label = @1
      i32.const 0
      local.set 11
      block  ;; label = @2
        local.get 11
        local.get 0
        i32.ge_u
        br_if 0 (;@2;)
        loop  ;; label = @3
          local.get 3
          local.get 11
          local.get 1
          i32.mul
          i32.const 1
          i32.shl
          i32.add
          local.set 14
          local.get 4
          local.get 11
          local.get 1
          i32.mul
          i32.const 1
          i32.shl
          i32.add
          local.set 15
          local.get 5
          local.get 11
          i32.const 2
          i32.shl
          i32.add
          i32.load
          local.set 16
          i32.const 0
          v128.load offset=400 align=1
          local.set 29
          i32.const 0
          v128.load offset=416 align=1
          local.set 30
          i32.const 0
          v128.load offset=400 align=1
          local.set 44
          i32.const 0
          v128.load offset=416 align=1
          local.set 45
          i32.const 0
          v128.load offset=416 align=1
          local.set 57
          i32.const 0
          local.set 12
          block  ;; label = @4
            local.get 12
            local.get 58
            i32.ge_u
            br_if 0 (;@4;)
            loop  ;; label = @5
              local.get 14
              local.get 12
              i32.const 1
              i32.shl
              i32.add
              v128.load align=1
              local.set 47
              local.get 14
              local.get 12
              local.get 2
              i32.add
              i32.const 1
              i32.shl
              i32.add
              v128.load align=1
              local.set 48
              local.get 47
              i32.const 1
              i16x8.shl
              local.set 27
              local.get 29
              local.get 27
              i16x8.max_u
              local.set 29
              local.get 48
              i32.const 1
              i16x8.shl
              local.set 27
              local.get 29
              local.get 27
              i16x8.max_u
              local.set 29
              local.get 46
              local.get 47
              i8x16.shuffle 0 1 16 17 2 3 18 19 4 5 20 21 6 7 22 23
              local.set 17
              local.get 46
              local.get 47
              i8x16.shuffle 8 9 24 25 10 11 26 27 12 13 28 29 14 15 30 31
              local.set 49
              local.get 46
              local.get 48
              i8x16.shuffle 0 1 16 17 2 3 18 19 4 5 20 21 6 7 22 23
              local.set 18
              local.get 46
              local.get 48
              i8x16.shuffle 8 9 24 25 10 11 26 27 12 13 28 29 14 15 30 31
              local.set 50
              local.get 17
              i32.const 3
              i32x4.shr_s
              local.get 59
              v128.and
              local.set 17
              local.get 49
              i32.const 3
              i32x4.shr_s
              local.get 59
              v128.and
              local.set 49
              local.get 18
              i32.const 3
              i32x4.shr_s
              local.get 59
              v128.and
              local.set 18
              local.get 50
              i32.const 3
              i32x4.shr_s
              local.get 59
              v128.and
              local.set 50
              local.get 16
              local.get 12
              i32.const 2
              i32.shl
              i32.add
              v128.load align=1
              local.set 19
              local.get 16
              local.get 12
              i32.const 2
              i32.shl
              i32.add
              v128.load offset=16 align=1
              local.set 51
              local.get 16
              local.get 6
              i32.add
              local.get 12
              i32.const 2
              i32.shl
              i32.add
              v128.load align=1
              local.set 20
              local.get 16
              local.get 6
              i32.add
              local.get 12
              i32.const 2
              i32.shl
              i32.add
              v128.load offset=16 align=1
              local.set 52
              local.get 17
              local.get 19
              f32x4.mul
              local.get 18
              local.get 20
              f32x4.mul
              f32x4.sub
              local.set 21
              local.get 17
              local.get 20
              f32x4.mul
              local.get 18
              local.get 19
              f32x4.mul
              f32x4.add
              local.set 22
              local.get 49
              local.get 51
              f32x4.mul
              local.get 50
              local.get 52
              f32x4.mul
              f32x4.sub
              local.set 53
              local.get 49
              local.get 52
              f32x4.mul
              local.get 50
              local.get 51
              f32x4.mul
              f32x4.add
              local.set 54
              local.get 21
              local.get 61
              f32x4.mul
              local.set 28
              local.get 28
              local.get 28
              local.get 21
              f32x4.sub
              f32x4.sub
              local.get 62
              f32x4.mul
              local.set 28
              local.get 28
              i32.const 3
              i32x4.shl
              local.set 27
              local.get 57
              local.get 27
              local.get 63
              i32x4.sub
              i32x4.min_u
              local.set 57
              local.get 27
              local.get 28
              local.get 64
              v128.and
              v128.or
              local.set 42
              local.get 53
              local.get 61
              f32x4.mul
              local.set 28
              local.get 28
              local.get 28
              local.get 53
              f32x4.sub
              f32x4.sub
              local.get 62
              f32x4.mul
              local.set 28
              local.get 28
              i32.const 3
              i32x4.shl
              local.set 27
              local.get 57
              local.get 27
              local.get 63
              i32x4.sub
              i32x4.min_u
              local.set 57
              local.get 27
              local.get 28
              local.get 64
              v128.and
              v128.or
              local.set 43
              local.get 22
              local.get 61
              f32x4.mul
              local.set 28
              local.get 28
              local.get 28
              local.get 22
              f32x4.sub
              f32x4.sub
              local.get 62
              f32x4.mul
              local.set 28
              local.get 28
              i32.const 3
              i32x4.shl
              local.set 27
              local.get 57
              local.get 27
              local.get 63
              i32x4.sub
              i32x4.min_u
              local.set 57
              local.get 27
              local.get 28
              local.get 64
              v128.and
              v128.or
              local.set 55
              local.get 54
              local.get 61
              f32x4.mul
              local.set 28
              local.get 28
              local.get 28
              local.get 54
              f32x4.sub
              f32x4.sub
              local.get 62
              f32x4.mul
              local.set 28
              local.get 28
              i32.const 3
              i32x4.shl
              local.set 27
              local.get 57
              local.get 27
              local.get 63
              i32x4.sub
              i32x4.min_u
              local.set 57
              local.get 27
              local.get 28
              local.get 64
              v128.and
              v128.or
              local.set 56
              local.get 15
              local.get 12
              i32.const 1
              i32.shl
              i32.add
              local.get 42
              i32.const 16
              i32x4.shr_u
              local.get 43
              i32.const 16
              i32x4.shr_u
              i16x8.narrow_i32x4_u
              v128.store align=1
              local.get 15
              local.get 12
              local.get 2
              i32.add
              i32.const 1
              i32.shl
              i32.add
              local.get 55
              i32.const 16
              i32x4.shr_u
              local.get 56
              i32.const 16
              i32x4.shr_u
              i16x8.narrow_i32x4_u
              v128.store align=1
              local.get 12
              i32.const 8
              i32.add
              local.set 12
              local.get 12
              local.get 58
              i32.ge_u
              i32.eqz
              br_if 0 (;@5;)
            end
          end
          local.get 58
          local.set 12
          block  ;; label = @4
            local.get 12
            local.get 2
            i32.ge_u
            br_if 0 (;@4;)
            loop  ;; label = @5
              local.get 14
              local.get 12
              local.get 2
              i32.add
              i32.const 1
              i32.shl
              i32.add
              local.get 14
              local.get 12
              i32.const 1
              i32.shl
              i32.add
              v128.load64_zero align=1
              v128.load64_lane align=1 1
              local.set 23
              local.get 23
              i32.const 0
              v128.load offset=560 align=1
              i8x16.swizzle
              local.set 17
              local.get 23
              i32.const 0
              v128.load offset=576 align=1
              i8x16.swizzle
              local.set 18
              local.get 17
              i32.const 3
              i32x4.shr_s
              i32.const 0
              v128.load offset=976 align=1
              v128.and
              local.set 17
              local.get 18
              i32.const 3
              i32x4.shr_s
              i32.const 0
              v128.load offset=976 align=1
              v128.and
              local.set 18
              local.get 23
              i32.const 1
              i16x8.shl
              local.set 27
              local.get 29
              local.get 27
              i16x8.max_u
              local.set 29
              local.get 16
              local.get 12
              i32.const 2
              i32.shl
              i32.add
              v128.load align=1
              local.set 19
              local.get 16
              local.get 6
              i32.add
              local.get 12
              i32.const 2
              i32.shl
              i32.add
              v128.load align=1
              local.set 20
              local.get 17
              local.get 19
              f32x4.mul
              local.get 18
              local.get 20
              f32x4.mul
              f32x4.sub
              local.set 21
              local.get 17
              local.get 20
              f32x4.mul
              local.get 18
              local.get 19
              f32x4.mul
              f32x4.add
              local.set 22
              local.get 21
              i32.const 1
              i32x4.shl
              local.set 27
              local.get 44
              local.get 27
              i32x4.max_u
              local.set 44
              local.get 45
              local.get 27
              i32.const 0
              v128.load offset=432 align=1
              i32x4.sub
              i32x4.min_u
              local.set 45
              local.get 22
              i32.const 1
              i32x4.shl
              local.set 27
              local.get 44
              local.get 27
              i32x4.max_u
              local.set 44
              local.get 45
              local.get 27
              i32.const 0
              v128.load offset=432 align=1
              i32x4.sub
              i32x4.min_u
              local.set 45
              local.get 21
              i32.const 0
              v128.load offset=384 align=1
              f32x4.mul
              local.set 28
              local.get 28
              local.get 28
              local.get 21
              f32x4.sub
              f32x4.sub
              i32.const 0
              v128.load offset=992 align=1
              f32x4.mul
              local.set 28
              local.get 28
              i32.const 3
              i32x4.shl
              local.get 28
              i32.const 0
              v128.load offset=656 align=1
              v128.and
              v128.or
              local.set 42
              local.get 22
              i32.const 0
              v128.load offset=384 align=1
              f32x4.mul
              local.set 28
              local.get 28
              local.get 28
              local.get 22
              f32x4.sub
              f32x4.sub
              i32.const 0
              v128.load offset=992 align=1
              f32x4.mul
              local.set 28
              local.get 28
              i32.const 3
              i32x4.shl
              local.get 28
              i32.const 0
              v128.load offset=656 align=1
              v128.and
              v128.or
              local.set 43
              local.get 42
              local.get 43
              i8x16.shuffle 2 3 6 7 10 11 14 15 18 19 22 23 26 27 30 31
              local.set 23
              local.get 15
              local.get 12
              i32.const 1
              i32.shl
              i32.add
              local.get 23
              v128.store64_lane align=1 0
              local.get 15
              local.get 12
              local.get 2
              i32.add
              i32.const 1
              i32.shl
              i32.add
              local.get 23
              v128.store64_lane align=1 1
              local.get 12
              i32.const 4
              i32.add
              local.set 12
              local.get 12
              local.get 2
              i32.ge_u
              i32.eqz
              br_if 0 (;@5;)
            end
          end
          local.get 44
          i32.const 0
          v128.load offset=736 align=1
          i32x4.lt_u
          local.get 45
          i32.const 0
          v128.load offset=752 align=1
          i32x4.ge_u
          v128.and
          i32x4.all_true
          local.get 57
          i32.const 0
          v128.load offset=1008 align=1
          i32x4.ge_u
          i32x4.all_true
          local.get 58
          i32.eqz
          local.get 29
          i32.const 0
          v128.load offset=1024 align=1
          i16x8.lt_u
          i16x8.all_true
          i32.or
          i32.and
          i32.and
          i32.eqz
          if  ;; label = @4
            i32.const 0
            local.set 12
            block  ;; label = @5
              local.get 12
              local.get 2
              i32.ge_u
              br_if 0 (;@5;)
              loop  ;; label = @6
                local.get 14
                local.get 12
                local.get 2
                i32.add
                i32.const 1
                i32.shl
                i32.add
                local.get 14
                local.get 12
                i32.const 1
                i32.shl
                i32.add
                v128.load64_zero align=1
                v128.load64_lane align=1 1
                local.set 23
                local.get 23
                i32.const 0
                v128.load offset=560 align=1
                i8x16.swizzle
                local.set 17
                local.get 23
                i32.const 0
                v128.load offset=576 align=1
                i8x16.swizzle
                local.set 18
                local.get 17
                i32.const 3
                i32x4.shr_s
                i32.const 0
                v128.load offset=976 align=1
                v128.and
                local.set 17
                local.get 18
                i32.const 3
                i32x4.shr_s
                i32.const 0
                v128.load offset=976 align=1
                v128.and
                local.set 18
                local.get 16
                local.get 12
                i32.const 2
                i32.shl
                i32.add
                v128.load align=1
                local.set 19
                local.get 16
                local.get 6
                i32.add
                local.get 12
                i32.const 2
                i32.shl
                i32.add
                v128.load align=1
                local.set 20
                local.get 17
                local.get 19
                f32x4.mul
                local.get 18
                local.get 20
                f32x4.mul
                f32x4.sub
                local.set 21
                local.get 17
                local.get 20
                f32x4.mul
                local.get 18
                local.get 19
                f32x4.mul
                f32x4.add
                local.set 22
                local.get 21
                i32.const 0
                v128.load offset=832 align=1
                v128.and
                local.set 28
                local.get 28
                i32.const 0
                v128.load offset=848 align=1
                i32x4.min_u
                local.set 27
                local.get 28
                i32.const 0
                v128.load offset=640 align=1
                f32x4.add
                i32.const 0
                v128.load offset=640 align=1
                i32x4.sub
                local.get 27
                i32.const 0
                v128.load offset=800 align=1
                i32x4.add
                local.get 27
                i32.const 13
                i32x4.shr_u
                i32.const 0
                v128.load offset=432 align=1
                v128.and
                i32x4.add
                i32.const 13
                i32x4.shr_u
                local.get 28
                i32.const 0
                v128.load offset=672 align=1
                i32x4.lt_s
                v128.bitselect
                local.get 21
                i32.const 16
                i32x4.shr_u
                i32.const 0
                v128.load offset=816 align=1
                v128.and
                v128.or
                local.set 42
                local.get 22
                i32.const 0
                v128.load offset=832 align=1
                v128.and
                local.set 28
                local.get 28
                i32.const 0
                v128.load offset=848 align=1
                i32x4.min_u
                local.set 27
                local.get 28
                i32.const 0
                v128.load offset=640 align=1
                f32x4.add
                i32.const 0
                v128.load offset=640 align=1
                i32x4.sub
                local.get 27
                i32.const 0
                v128.load offset=800 align=1
                i32x4.add
                local.get 27
                i32.const 13
                i32x4.shr_u
                i32.const 0
                v128.load offset=432 align=1
                v128.and
                i32x4.add
                i32.const 13
                i32x4.shr_u
                local.get 28
                i32.const 0
                v128.load offset=672 align=1
                i32x4.lt_s
                v128.bitselect
                local.get 22
                i32.const 16
                i32x4.shr_u
                i32.const 0
                v128.load offset=816 align=1
                v128.and
                v128.or
                local.set 43
                local.get 42
                local.get 43
                i16x8.narrow_i32x4_u
                local.set 23
                local.get 15
                local.get 12
                i32.const 1
                i32.shl
                i32.add
                local.get 23
                v128.store64_lane align=1 0
                local.get 15
                local.get 12
                local.get 2
                i32.add
                i32.const 1
                i32.shl
                i32.add
                local.get 23
                v128.store64_lane align=1 1
                local.get 12
                i32.const 4
                i32.add
                local.set 12
                local.get 12
                local.get 2
                i32.ge_u
                i32.eqz
                br_if 0 (;@6;)
              end
            end
          end
          local.get 29
          i32.const 0
          v128.load offset=960 align=1
          i16x8.lt_u
          i16x8.all_true
          i32.eqz
          if  ;; label = @4
            local.get 7
            local.get 13
            i32.const 2
            i32.shl
            i32.add
            local.get 11
            i32.store
            local.get 13
            i32.const 1
            i32.add
            local.set 13
          end
          local.get 11
          i32.const 1
          i32.add
          local.set 11
          local.get 11
          local.get 0
          i32.ge_u
          i32.eqz
          br_if 0 (;@3;)
        end
      end
    end
    local.get 8
    i32.const 1
    i32.ne
    i32.eqz
    if  ;; label = @1
      i32.const 0
      local.set 11
      block  ;; label = @2
        local.get 11
        local.get 0
        i32.ge_u
        br_if 0 (;@2;)
        loop  ;; label = @3
          local.get 3
          local.get 11
          local.get 1
          i32.mul
          i32.const 1
          i32.shl
          i32.add
          local.set 14
          local.get 4
          local.get 11
          local.get 1
          i32.mul
          i32.const 1
          i32.shl
          i32.add
          local.set 15
          local.get 5
          local.get 11
          i32.const 2
          i32.shl
          i32.add
          i32.load
          local.set 16
          i32.const 0
          v128.load offset=400 align=1
          local.set 29
          i32.const 0
          v128.load offset=416 align=1
          local.set 30
          i32.const 0
          v128.load offset=400 align=1
          local.set 44
          i32.const 0
          v128.load offset=416 align=1
          local.set 45
          i32.const 0
          v128.load offset=416 align=1
          local.set 57
          i32.const 0
          local.set 12
          block  ;; label = @4
            local.get 12
            local.get 2
            i32.ge_u
            br_if 0 (;@4;)
            loop  ;; label = @5
              local.get 14
              local.get 12
              local.get 2
              i32.add
              i32.const 1
              i32.shl
              i32.add
              local.get 14
              local.get 12
              i32.const 1
              i32.shl
              i32.add
              v128.load64_zero align=1
              v128.load64_lane align=1 1
              local.set 23
              local.get 23
              i32.const 0
              v128.load offset=560 align=1
              i8x16.swizzle
              local.set 17
              local.get 23
              i32.const 0
              v128.load offset=576 align=1
              i8x16.swizzle
              local.set 18
              local.get 17
              i32.const 3
              i32x4.shr_s
              i32.const 0
              v128.load offset=976 align=1
              v128.and
              i32.const 0
              v128.load offset=864 align=1
              f32x4.mul
              local.set 17
              local.get 18
              i32.const 3
              i32x4.shr_s
              i32.const 0
              v128.load offset=976 align=1
              v128.and
              i32.const 0
              v128.load offset=864 align=1
              f32x4.mul
              local.set 18
              local.get 23
              i32.const 1
              i16x8.shl
              local.set 27
              local.get 29
              local.get 27
              i16x8.max_u
              local.set 29
              local.get 16
              local.get 12
              i32.const 2
              i32.shl
              i32.add
              v128.load align=1
              local.set 19
              local.get 16
              local.get 6
              i32.add
              local.get 12
              i32.const 2
              i32.shl
              i32.add
              v128.load align=1
              local.set 20
              local.get 17
              f64x2.promote_low_f32x4
              local.set 34
              local.get 17
              local.get 17
              i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
              f64x2.promote_low_f32x4
              local.set 35
              local.get 18
              f64x2.promote_low_f32x4
              local.set 36
              local.get 18
              local.get 18
              i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
              f64x2.promote_low_f32x4
              local.set 37
              local.get 19
              f64x2.promote_low_f32x4
              local.set 38
              local.get 19
              local.get 19
              i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
              f64x2.promote_low_f32x4
              local.set 39
              local.get 20
              f64x2.promote_low_f32x4
              local.set 40
              local.get 20
              local.get 20
              i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
              f64x2.promote_low_f32x4
              local.set 41
              local.get 34
              local.get 38
              f64x2.mul
              f32x4.demote_f64x2_zero
              f64x2.promote_low_f32x4
              local.get 36
              local.get 40
              f64x2.mul
              f32x4.demote_f64x2_zero
              f64x2.promote_low_f32x4
              f64x2.sub
              f32x4.demote_f64x2_zero
              local.set 23
              local.get 34
              local.get 40
              f64x2.mul
              f32x4.demote_f64x2_zero
              f64x2.promote_low_f32x4
              local.get 36
              local.get 38
              f64x2.mul
              f32x4.demote_f64x2_zero
              f64x2.promote_low_f32x4
              f64x2.add
              f32x4.demote_f64x2_zero
              local.set 24
              local.get 35
              local.get 39
              f64x2.mul
              f32x4.demote_f64x2_zero
              f64x2.promote_low_f32x4
              local.get 37
              local.get 41
              f64x2.mul
              f32x4.demote_f64x2_zero
              f64x2.promote_low_f32x4
              f64x2.sub
              f32x4.demote_f64x2_zero
              local.set 25
              local.get 35
              local.get 41
              f64x2.mul
              f32x4.demote_f64x2_zero
              f64x2.promote_low_f32x4
              local.get 37
              local.get 39
              f64x2.mul
              f32x4.demote_f64x2_zero
              f64x2.promote_low_f32x4
              f64x2.add
              f32x4.demote_f64x2_zero
              local.set 26
              local.get 23
              local.get 25
              i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
              local.set 21
              local.get 24
              local.get 26
              i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
              local.set 22
              local.get 21
              i32.const 1
              i32x4.shl
              local.set 27
              local.get 44
              local.get 27
              i32x4.max_u
              local.set 44
              local.get 45
              local.get 27
              i32.const 0
              v128.load offset=432 align=1
              i32x4.sub
              i32x4.min_u
              local.set 45
              local.get 22
              i32.const 1
              i32x4.shl
              local.set 27
              local.get 44
              local.get 27
              i32x4.max_u
              local.set 44
              local.get 45
              local.get 27
              i32.const 0
              v128.load offset=432 align=1
              i32x4.sub
              i32x4.min_u
              local.set 45
              local.get 21
              i32.const 0
              v128.load offset=384 align=1
              f32x4.mul
              local.set 28
              local.get 28
              local.get 28
              local.get 21
              f32x4.sub
              f32x4.sub
              i32.const 0
              v128.load offset=992 align=1
              f32x4.mul
              local.set 28
              local.get 28
              i32.const 3
              i32x4.shl
              local.get 28
              i32.const 0
              v128.load offset=656 align=1
              v128.and
              v128.or
              local.set 42
              local.get 22
              i32.const 0
              v128.load offset=384 align=1
              f32x4.mul
              local.set 28
              local.get 28
              local.get 28
              local.get 22
              f32x4.sub
              f32x4.sub
              i32.const 0
              v128.load offset=992 align=1
              f32x4.mul
              local.set 28
              local.get 28
              i32.const 3
              i32x4.shl
              local.get 28
              i32.const 0
              v128.load offset=656 align=1
              v128.and
              v128.or
              local.set 43
              local.get 42
              local.get 43
              i8x16.shuffle 2 3 6 7 10 11 14 15 18 19 22 23 26 27 30 31
              local.set 23
              local.get 15
              local.get 12
              i32.const 1
              i32.shl
              i32.add
              local.get 23
              v128.store64_lane align=1 0
              local.get 15
              local.get 12
              local.get 2
              i32.add
              i32.const 1
              i32.shl
              i32.add
              local.get 23
              v128.store64_lane align=1 1
              local.get 12
              i32.const 4
              i32.add
              local.set 12
              local.get 12
              local.get 2
              i32.ge_u
              i32.eqz
              br_if 0 (;@5;)
            end
          end
          local.get 44
          i32.const 0
          v128.load offset=736 align=1
          i32x4.lt_u
          local.get 45
          i32.const 0
          v128.load offset=752 align=1
          i32x4.ge_u
          v128.and
          i32x4.all_true
          i32.eqz
          if  ;; label = @4
            i32.const 0
            local.set 12
            block  ;; label = @5
              local.get 12
              local.get 2
              i32.ge_u
              br_if 0 (;@5;)
              loop  ;; label = @6
                local.get 14
                local.get 12
                local.get 2
                i32.add
                i32.const 1
                i32.shl
                i32.add
                local.get 14
                local.get 12
                i32.const 1
                i32.shl
                i32.add
                v128.load64_zero align=1
                v128.load64_lane align=1 1
                local.set 23
                local.get 23
                i32.const 0
                v128.load offset=560 align=1
                i8x16.swizzle
                local.set 17
                local.get 23
                i32.const 0
                v128.load offset=576 align=1
                i8x16.swizzle
                local.set 18
                local.get 17
                i32.const 3
                i32x4.shr_s
                i32.const 0
                v128.load offset=976 align=1
                v128.and
                i32.const 0
                v128.load offset=864 align=1
                f32x4.mul
                local.set 17
                local.get 18
                i32.const 3
                i32x4.shr_s
                i32.const 0
                v128.load offset=976 align=1
                v128.and
                i32.const 0
                v128.load offset=864 align=1
                f32x4.mul
                local.set 18
                local.get 16
                local.get 12
                i32.const 2
                i32.shl
                i32.add
                v128.load align=1
                local.set 19
                local.get 16
                local.get 6
                i32.add
                local.get 12
                i32.const 2
                i32.shl
                i32.add
                v128.load align=1
                local.set 20
                local.get 17
                f64x2.promote_low_f32x4
                local.set 34
                local.get 17
                local.get 17
                i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
                f64x2.promote_low_f32x4
                local.set 35
                local.get 18
                f64x2.promote_low_f32x4
                local.set 36
                local.get 18
                local.get 18
                i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
                f64x2.promote_low_f32x4
                local.set 37
                local.get 19
                f64x2.promote_low_f32x4
                local.set 38
                local.get 19
                local.get 19
                i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
                f64x2.promote_low_f32x4
                local.set 39
                local.get 20
                f64x2.promote_low_f32x4
                local.set 40
                local.get 20
                local.get 20
                i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
                f64x2.promote_low_f32x4
                local.set 41
                local.get 34
                local.get 38
                f64x2.mul
                f32x4.demote_f64x2_zero
                f64x2.promote_low_f32x4
                local.get 36
                local.get 40
                f64x2.mul
                f32x4.demote_f64x2_zero
                f64x2.promote_low_f32x4
                f64x2.sub
                f32x4.demote_f64x2_zero
                local.set 23
                local.get 34
                local.get 40
                f64x2.mul
                f32x4.demote_f64x2_zero
                f64x2.promote_low_f32x4
                local.get 36
                local.get 38
                f64x2.mul
                f32x4.demote_f64x2_zero
                f64x2.promote_low_f32x4
                f64x2.add
                f32x4.demote_f64x2_zero
                local.set 24
                local.get 35
                local.get 39
                f64x2.mul
                f32x4.demote_f64x2_zero
                f64x2.promote_low_f32x4
                local.get 37
                local.get 41
                f64x2.mul
                f32x4.demote_f64x2_zero
                f64x2.promote_low_f32x4
                f64x2.sub
                f32x4.demote_f64x2_zero
                local.set 25
                local.get 35
                local.get 41
                f64x2.mul
                f32x4.demote_f64x2_zero
                f64x2.promote_low_f32x4
                local.get 37
                local.get 39
                f64x2.mul
                f32x4.demote_f64x2_zero
                f64x2.promote_low_f32x4
                f64x2.add
                f32x4.demote_f64x2_zero
                local.set 26
                local.get 23
                local.get 25
                i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
                local.set 21
                local.get 24
                local.get 26
                i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
                local.set 22
                local.get 21
                i32.const 0
                v128.load offset=832 align=1
                v128.and
                local.set 28
                local.get 28
                i32.const 0
                v128.load offset=848 align=1
                i32x4.min_u
                local.set 27
                local.get 28
                i32.const 0
                v128.load offset=640 align=1
                f32x4.add
                i32.const 0
                v128.load offset=640 align=1
                i32x4.sub
                local.get 27
                i32.const 0
                v128.load offset=800 align=1
                i32x4.add
                local.get 27
                i32.const 13
                i32x4.shr_u
                i32.const 0
                v128.load offset=432 align=1
                v128.and
                i32x4.add
                i32.const 13
                i32x4.shr_u
                local.get 28
                i32.const 0
                v128.load offset=672 align=1
                i32x4.lt_s
                v128.bitselect
                local.get 21
                i32.const 16
                i32x4.shr_u
                i32.const 0
                v128.load offset=816 align=1
                v128.and
                v128.or
                local.set 42
                local.get 22
                i32.const 0
                v128.load offset=832 align=1
                v128.and
                local.set 28
                local.get 28
                i32.const 0
                v128.load offset=848 align=1
                i32x4.min_u
                local.set 27
                local.get 28
                i32.const 0
                v128.load offset=640 align=1
                f32x4.add
                i32.const 0
                v128.load offset=640 align=1
                i32x4.sub
                local.get 27
                i32.const 0
                v128.load offset=800 align=1
                i32x4.add
                local.get 27
                i32.const 13
                i32x4.shr_u
                i32.const 0
                v128.load offset=432 align=1
                v128.and
                i32x4.add
                i32.const 13
                i32x4.shr_u
                local.get 28
                i32.const 0
                v128.load offset=672 align=1
                i32x4.lt_s
                v128.bitselect
                local.get 22
                i32.const 16
                i32x4.shr_u
                i32.const 0
                v128.load offset=816 align=1
                v128.and
                v128.or
                local.set 43
                local.get 42
                local.get 43
                i16x8.narrow_i32x4_u
                local.set 23
                local.get 15
                local.get 12
                i32.const 1
                i32.shl
                i32.add
                local.get 23
                v128.store64_lane align=1 0
                local.get 15
                local.get 12
                local.get 2
                i32.add
                i32.const 1
                i32.shl
                i32.add
                local.get 23
                v128.store64_lane align=1 1
                local.get 12
                i32.const 4
                i32.add
                local.set 12
                local.get 12
                local.get 2
                i32.ge_u
                i32.eqz
                br_if 0 (;@6;)
              end
            end
          end
          local.get 29
          i32.const 0
          v128.load offset=960 align=1
          i16x8.lt_u
          i16x8.all_true
          i32.eqz
          if  ;; label = @4
            local.get 7
            local.get 13
            i32.const 2
            i32.shl
            i32.add
            local.get 11
            i32.store
            local.get 13
            i32.const 1
            i32.add
            local.set 13
          end
          local.get 11
          i32.const 1
          i32.add
          local.set 11
          local.get 11
          local.get 0
          i32.ge_u
          i32.eqz
          br_if 0 (;@3;)
        end
      end
    end
    local.get 8
    i32.const 2
    i32.ne
    i32.eqz
    if  ;; label = @1
      i32.const 0
      local.set 11
      block  ;; label = @2
        local.get 11
        local.get 0
        i32.ge_u
        br_if 0 (;@2;)
        loop  ;; label = @3
          local.get 3
          local.get 11
          local.get 1
          i32.mul
          i32.const 1
          i32.shl
          i32.add
          local.set 14
          local.get 4
          local.get 11
          local.get 1
          i32.mul
          i32.const 1
          i32.shl
          i32.add
          local.set 15
          local.get 5
          local.get 11
          i32.const 2
          i32.shl
          i32.add
          i32.load
          local.set 16
          i32.const 0
          v128.load offset=400 align=1
          local.set 29
          i32.const 0
          v128.load offset=416 align=1
          local.set 30
          i32.const 0
          v128.load offset=400 align=1
          local.set 44
          i32.const 0
          v128.load offset=416 align=1
          local.set 45
          i32.const 0
          v128.load offset=416 align=1
          local.set 57
          i32.const 0
          local.set 12
          block  ;; label = @4
            local.get 12
            local.get 2
            i32.ge_u
            br_if 0 (;@4;)
            loop  ;; label = @5
              local.get 14
              local.get 12
              local.get 2
              i32.add
              i32.const 1
              i32.shl
              i32.add
              local.get 14
              local.get 12
              i32.const 1
              i32.shl
              i32.add
              v128.load64_zero align=1
              v128.load64_lane align=1 1
              local.set 23
              local.get 23
              i32.const 0
              v128.load offset=560 align=1
              i8x16.swizzle
              local.set 17
              local.get 23
              i32.const 0
              v128.load offset=576 align=1
              i8x16.swizzle
              local.set 18
              local.get 17
              i32.const 3
              i32x4.shr_s
              i32.const 0
              v128.load offset=976 align=1
              v128.and
              i32.const 0
              v128.load offset=864 align=1
              f32x4.mul
              local.set 17
              local.get 18
              i32.const 3
              i32x4.shr_s
              i32.const 0
              v128.load offset=976 align=1
              v128.and
              i32.const 0
              v128.load offset=864 align=1
              f32x4.mul
              local.set 18
              local.get 23
              i32.const 1
              i16x8.shl
              local.set 27
              local.get 29
              local.get 27
              i16x8.max_u
              local.set 29
              local.get 16
              local.get 12
              i32.const 2
              i32.shl
              i32.add
              v128.load align=1
              local.set 19
              local.get 16
              local.get 6
              i32.add
              local.get 12
              i32.const 2
              i32.shl
              i32.add
              v128.load align=1
              local.set 20
              local.get 17
              f64x2.promote_low_f32x4
              local.set 34
              local.get 17
              local.get 17
              i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
              f64x2.promote_low_f32x4
              local.set 35
              local.get 18
              f64x2.promote_low_f32x4
              local.set 36
              local.get 18
              local.get 18
              i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
              f64x2.promote_low_f32x4
              local.set 37
              local.get 19
              f64x2.promote_low_f32x4
              local.set 38
              local.get 19
              local.get 19
              i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
              f64x2.promote_low_f32x4
              local.set 39
              local.get 20
              f64x2.promote_low_f32x4
              local.set 40
              local.get 20
              local.get 20
              i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
              f64x2.promote_low_f32x4
              local.set 41
              local.get 34
              local.get 38
              f64x2.mul
              local.get 36
              local.get 40
              f64x2.mul
              f32x4.demote_f64x2_zero
              f64x2.promote_low_f32x4
              f64x2.sub
              f32x4.demote_f64x2_zero
              local.set 23
              local.get 34
              local.get 40
              f64x2.mul
              local.get 36
              local.get 38
              f64x2.mul
              f32x4.demote_f64x2_zero
              f64x2.promote_low_f32x4
              f64x2.add
              f32x4.demote_f64x2_zero
              local.set 24
              local.get 35
              local.get 39
              f64x2.mul
              local.get 37
              local.get 41
              f64x2.mul
              f32x4.demote_f64x2_zero
              f64x2.promote_low_f32x4
              f64x2.sub
              f32x4.demote_f64x2_zero
              local.set 25
              local.get 35
              local.get 41
              f64x2.mul
              local.get 37
              local.get 39
              f64x2.mul
              f32x4.demote_f64x2_zero
              f64x2.promote_low_f32x4
              f64x2.add
              f32x4.demote_f64x2_zero
              local.set 26
              local.get 23
              local.get 25
              i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
              local.set 21
              local.get 24
              local.get 26
              i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
              local.set 22
              local.get 21
              i32.const 1
              i32x4.shl
              local.set 27
              local.get 44
              local.get 27
              i32x4.max_u
              local.set 44
              local.get 45
              local.get 27
              i32.const 0
              v128.load offset=432 align=1
              i32x4.sub
              i32x4.min_u
              local.set 45
              local.get 22
              i32.const 1
              i32x4.shl
              local.set 27
              local.get 44
              local.get 27
              i32x4.max_u
              local.set 44
              local.get 45
              local.get 27
              i32.const 0
              v128.load offset=432 align=1
              i32x4.sub
              i32x4.min_u
              local.set 45
              local.get 21
              i32.const 0
              v128.load offset=384 align=1
              f32x4.mul
              local.set 28
              local.get 28
              local.get 28
              local.get 21
              f32x4.sub
              f32x4.sub
              i32.const 0
              v128.load offset=992 align=1
              f32x4.mul
              local.set 28
              local.get 28
              i32.const 3
              i32x4.shl
              local.get 28
              i32.const 0
              v128.load offset=656 align=1
              v128.and
              v128.or
              local.set 42
              local.get 22
              i32.const 0
              v128.load offset=384 align=1
              f32x4.mul
              local.set 28
              local.get 28
              local.get 28
              local.get 22
              f32x4.sub
              f32x4.sub
              i32.const 0
              v128.load offset=992 align=1
              f32x4.mul
              local.set 28
              local.get 28
              i32.const 3
              i32x4.shl
              local.get 28
              i32.const 0
              v128.load offset=656 align=1
              v128.and
              v128.or
              local.set 43
              local.get 42
              local.get 43
              i8x16.shuffle 2 3 6 7 10 11 14 15 18 19 22 23 26 27 30 31
              local.set 23
              local.get 15
              local.get 12
              i32.const 1
              i32.shl
              i32.add
              local.get 23
              v128.store64_lane align=1 0
              local.get 15
              local.get 12
              local.get 2
              i32.add
              i32.const 1
              i32.shl
              i32.add
              local.get 23
              v128.store64_lane align=1 1
              local.get 12
              i32.const 4
              i32.add
              local.set 12
              local.get 12
              local.get 2
              i32.ge_u
              i32.eqz
              br_if 0 (;@5;)
            end
          end
          local.get 44
          i32.const 0
          v128.load offset=736 align=1
          i32x4.lt_u
          local.get 45
          i32.const 0
          v128.load offset=752 align=1
          i32x4.ge_u
          v128.and
          i32x4.all_true
          i32.eqz
          if  ;; label = @4
            i32.const 0
            local.set 12
            block  ;; label = @5
              local.get 12
              local.get 2
              i32.ge_u
              br_if 0 (;@5;)
              loop  ;; label = @6
                local.get 14
                local.get 12
                local.get 2
                i32.add
                i32.const 1
                i32.shl
                i32.add
                local.get 14
                local.get 12
                i32.const 1
                i32.shl
                i32.add
                v128.load64_zero align=1
                v128.load64_lane align=1 1
                local.set 23
                local.get 23
                i32.const 0
                v128.load offset=560 align=1
                i8x16.swizzle
                local.set 17
                local.get 23
                i32.const 0
                v128.load offset=576 align=1
                i8x16.swizzle
                local.set 18
                local.get 17
                i32.const 3
                i32x4.shr_s
                i32.const 0
                v128.load offset=976 align=1
                v128.and
                i32.const 0
                v128.load offset=864 align=1
                f32x4.mul
                local.set 17
                local.get 18
                i32.const 3
                i32x4.shr_s
                i32.const 0
                v128.load offset=976 align=1
                v128.and
                i32.const 0
                v128.load offset=864 align=1
                f32x4.mul
                local.set 18
                local.get 16
                local.get 12
                i32.const 2
                i32.shl
                i32.add
                v128.load align=1
                local.set 19
                local.get 16
                local.get 6
                i32.add
                local.get 12
                i32.const 2
                i32.shl
                i32.add
                v128.load align=1
                local.set 20
                local.get 17
                f64x2.promote_low_f32x4
                local.set 34
                local.get 17
                local.get 17
                i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
                f64x2.promote_low_f32x4
                local.set 35
                local.get 18
                f64x2.promote_low_f32x4
                local.set 36
                local.get 18
                local.get 18
                i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
                f64x2.promote_low_f32x4
                local.set 37
                local.get 19
                f64x2.promote_low_f32x4
                local.set 38
                local.get 19
                local.get 19
                i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
                f64x2.promote_low_f32x4
                local.set 39
                local.get 20
                f64x2.promote_low_f32x4
                local.set 40
                local.get 20
                local.get 20
                i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
                f64x2.promote_low_f32x4
                local.set 41
                local.get 34
                local.get 38
                f64x2.mul
                local.get 36
                local.get 40
                f64x2.mul
                f32x4.demote_f64x2_zero
                f64x2.promote_low_f32x4
                f64x2.sub
                f32x4.demote_f64x2_zero
                local.set 23
                local.get 34
                local.get 40
                f64x2.mul
                local.get 36
                local.get 38
                f64x2.mul
                f32x4.demote_f64x2_zero
                f64x2.promote_low_f32x4
                f64x2.add
                f32x4.demote_f64x2_zero
                local.set 24
                local.get 35
                local.get 39
                f64x2.mul
                local.get 37
                local.get 41
                f64x2.mul
                f32x4.demote_f64x2_zero
                f64x2.promote_low_f32x4
                f64x2.sub
                f32x4.demote_f64x2_zero
                local.set 25
                local.get 35
                local.get 41
                f64x2.mul
                local.get 37
                local.get 39
                f64x2.mul
                f32x4.demote_f64x2_zero
                f64x2.promote_low_f32x4
                f64x2.add
                f32x4.demote_f64x2_zero
                local.set 26
                local.get 23
                local.get 25
                i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
                local.set 21
                local.get 24
                local.get 26
                i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
                local.set 22
                local.get 21
                i32.const 0
                v128.load offset=832 align=1
                v128.and
                local.set 28
                local.get 28
                i32.const 0
                v128.load offset=848 align=1
                i32x4.min_u
                local.set 27
                local.get 28
                i32.const 0
                v128.load offset=640 align=1
                f32x4.add
                i32.const 0
                v128.load offset=640 align=1
                i32x4.sub
                local.get 27
                i32.const 0
                v128.load offset=800 align=1
                i32x4.add
                local.get 27
                i32.const 13
                i32x4.shr_u
                i32.const 0
                v128.load offset=432 align=1
                v128.and
                i32x4.add
                i32.const 13
                i32x4.shr_u
                local.get 28
                i32.const 0
                v128.load offset=672 align=1
                i32x4.lt_s
                v128.bitselect
                local.get 21
                i32.const 16
                i32x4.shr_u
                i32.const 0
                v128.load offset=816 align=1
                v128.and
                v128.or
                local.set 42
                local.get 22
                i32.const 0
                v128.load offset=832 align=1
                v128.and
                local.set 28
                local.get 28
                i32.const 0
                v128.load offset=848 align=1
                i32x4.min_u
                local.set 27
                local.get 28
                i32.const 0
                v128.load offset=640 align=1
                f32x4.add
                i32.const 0
                v128.load offset=640 align=1
                i32x4.sub
                local.get 27
                i32.const 0
                v128.load offset=800 align=1
                i32x4.add
                local.get 27
                i32.const 13
                i32x4.shr_u
                i32.const 0
                v128.load offset=432 align=1
                v128.and
                i32x4.add
                i32.const 13
                i32x4.shr_u
                local.get 28
                i32.const 0
                v128.load offset=672 align=1
                i32x4.lt_s
                v128.bitselect
                local.get 22
                i32.const 16
                i32x4.shr_u
                i32.const 0
                v128.load offset=816 align=1
                v128.and
                v128.or
                local.set 43
                local.get 42
                local.get 43
                i16x8.narrow_i32x4_u
                local.set 23
                local.get 15
                local.get 12
                i32.const 1
                i32.shl
                i32.add
                local.get 23
                v128.store64_lane align=1 0
                local.get 15
                local.get 12
                local.get 2
                i32.add
                i32.const 1
                i32.shl
                i32.add
                local.get 23
                v128.store64_lane align=1 1
                local.get 12
                i32.const 4
                i32.add
                local.set 12
                local.get 12
                local.get 2
                i32.ge_u
                i32.eqz
                br_if 0 (;@6;)
              end
            end
          end
          local.get 29
          i32.const 0
          v128.load offset=960 align=1
          i16x8.lt_u
          i16x8.all_true
          i32.eqz
          if  ;; label = @4
            local.get 7
            local.get 13
            i32.const 2
            i32.shl
            i32.add
            local.get 11
            i32.store
            local.get 13
            i32.const 1
            i32.add
            local.set 13
          end
          local.get 11
          i32.const 1
          i32.add
          local.set 11
          local.get 11
          local.get 0
          i32.ge_u
          i32.eqz
          br_if 0 (;@3;)
        end
      end
    end
    local.get 8
    i32.const 3
    i32.ne
    i32.eqz
    if  ;; label = @1
      i32.const 0
      local.set 11
      block  ;; label = @2
        local.get 11
        local.get 0
        i32.ge_u
        br_if 0 (;@2;)
        loop  ;; label = @3
          local.get 3
          local.get 11
          local.get 1
          i32.mul
          i32.const 1
          i32.shl
          i32.add
          local.set 14
          local.get 4
          local.get 11
          local.get 1
          i32.mul
          i32.const 1
          i32.shl
          i32.add
          local.set 15
          local.get 5
          local.get 11
          i32.const 2
          i32.shl
          i32.add
          i32.load
          local.set 16
          i32.const 0
          v128.load offset=400 align=1
          local.set 29
          i32.const 0
          v128.load offset=416 align=1
          local.set 30
          i32.const 0
          v128.load offset=400 align=1
          local.set 44
          i32.const 0
          v128.load offset=416 align=1
          local.set 45
          i32.const 0
          v128.load offset=416 align=1
          local.set 57
          i32.const 0
          local.set 12
          block  ;; label = @4
            local.get 12
            local.get 2
            i32.ge_u
            br_if 0 (;@4;)
            loop  ;; label = @5
              local.get 14
              local.get 12
              local.get 2
              i32.add
              i32.const 1
              i32.shl
              i32.add
              local.get 14
              local.get 12
              i32.const 1
              i32.shl
              i32.add
              v128.load64_zero align=1
              v128.load64_lane align=1 1
              local.set 23
              local.get 23
              i32.const 0
              v128.load offset=560 align=1
              i8x16.swizzle
              local.set 17
              local.get 23
              i32.const 0
              v128.load offset=576 align=1
              i8x16.swizzle
              local.set 18
              local.get 17
              i32.const 3
              i32x4.shr_s
              i32.const 0
              v128.load offset=976 align=1
              v128.and
              i32.const 0
              v128.load offset=864 align=1
              f32x4.mul
              local.set 17
              local.get 18
              i32.const 3
              i32x4.shr_s
              i32.const 0
              v128.load offset=976 align=1
              v128.and
              i32.const 0
              v128.load offset=864 align=1
              f32x4.mul
              local.set 18
              local.get 23
              i32.const 1
              i16x8.shl
              local.set 27
              local.get 29
              local.get 27
              i16x8.max_u
              local.set 29
              local.get 16
              local.get 12
              i32.const 2
              i32.shl
              i32.add
              v128.load align=1
              local.set 19
              local.get 16
              local.get 6
              i32.add
              local.get 12
              i32.const 2
              i32.shl
              i32.add
              v128.load align=1
              local.set 20
              local.get 17
              f64x2.promote_low_f32x4
              local.set 34
              local.get 17
              local.get 17
              i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
              f64x2.promote_low_f32x4
              local.set 35
              local.get 18
              f64x2.promote_low_f32x4
              local.set 36
              local.get 18
              local.get 18
              i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
              f64x2.promote_low_f32x4
              local.set 37
              local.get 19
              f64x2.promote_low_f32x4
              local.set 38
              local.get 19
              local.get 19
              i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
              f64x2.promote_low_f32x4
              local.set 39
              local.get 20
              f64x2.promote_low_f32x4
              local.set 40
              local.get 20
              local.get 20
              i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
              f64x2.promote_low_f32x4
              local.set 41
              local.get 34
              local.get 38
              f64x2.mul
              f32x4.demote_f64x2_zero
              f64x2.promote_low_f32x4
              local.get 36
              local.get 40
              f64x2.mul
              f64x2.sub
              f32x4.demote_f64x2_zero
              local.set 23
              local.get 34
              local.get 40
              f64x2.mul
              f32x4.demote_f64x2_zero
              f64x2.promote_low_f32x4
              local.get 36
              local.get 38
              f64x2.mul
              f64x2.add
              f32x4.demote_f64x2_zero
              local.set 24
              local.get 35
              local.get 39
              f64x2.mul
              f32x4.demote_f64x2_zero
              f64x2.promote_low_f32x4
              local.get 37
              local.get 41
              f64x2.mul
              f64x2.sub
              f32x4.demote_f64x2_zero
              local.set 25
              local.get 35
              local.get 41
              f64x2.mul
              f32x4.demote_f64x2_zero
              f64x2.promote_low_f32x4
              local.get 37
              local.get 39
              f64x2.mul
              f64x2.add
              f32x4.demote_f64x2_zero
              local.set 26
              local.get 23
              local.get 25
              i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
              local.set 21
              local.get 24
              local.get 26
              i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
              local.set 22
              local.get 21
              i32.const 1
              i32x4.shl
              local.set 27
              local.get 44
              local.get 27
              i32x4.max_u
              local.set 44
              local.get 45
              local.get 27
              i32.const 0
              v128.load offset=432 align=1
              i32x4.sub
              i32x4.min_u
              local.set 45
              local.get 22
              i32.const 1
              i32x4.shl
              local.set 27
              local.get 44
              local.get 27
              i32x4.max_u
              local.set 44
              local.get 45
              local.get 27
              i32.const 0
              v128.load offset=432 align=1
              i32x4.sub
              i32x4.min_u
              local.set 45
              local.get 21
              i32.const 0
              v128.load offset=384 align=1
              f32x4.mul
              local.set 28
              local.get 28
              local.get 28
              local.get 21
              f32x4.sub
              f32x4.sub
              i32.const 0
              v128.load offset=992 align=1
              f32x4.mul
              local.set 28
              local.get 28
              i32.const 3
              i32x4.shl
              local.get 28
              i32.const 0
              v128.load offset=656 align=1
              v128.and
              v128.or
              local.set 42
              local.get 22
              i32.const 0
              v128.load offset=384 align=1
              f32x4.mul
              local.set 28
              local.get 28
              local.get 28
              local.get 22
              f32x4.sub
              f32x4.sub
              i32.const 0
              v128.load offset=992 align=1
              f32x4.mul
              local.set 28
              local.get 28
              i32.const 3
              i32x4.shl
              local.get 28
              i32.const 0
              v128.load offset=656 align=1
              v128.and
              v128.or
              local.set 43
              local.get 42
              local.get 43
              i8x16.shuffle 2 3 6 7 10 11 14 15 18 19 22 23 26 27 30 31
              local.set 23
              local.get 15
              local.get 12
              i32.const 1
              i32.shl
              i32.add
              local.get 23
              v128.store64_lane align=1 0
              local.get 15
              local.get 12
              local.get 2
              i32.add
              i32.const 1
              i32.shl
              i32.add
              local.get 23
              v128.store64_lane align=1 1
              local.get 12
              i32.const 4
              i32.add
              local.set 12
              local.get 12
              local.get 2
              i32.ge_u
              i32.eqz
              br_if 0 (;@5;)
            end
          end
          local.get 44
          i32.const 0
          v128.load offset=736 align=1
          i32x4.lt_u
          local.get 45
          i32.const 0
          v128.load offset=752 align=1
          i32x4.ge_u
          v128.and
          i32x4.all_true
          i32.eqz
          if  ;; label = @4
            i32.const 0
            local.set 12
            block  ;; label = @5
              local.get 12
              local.get 2
              i32.ge_u
              br_if 0 (;@5;)
              loop  ;; label = @6
                local.get 14
                local.get 12
                local.get 2
                i32.add
                i32.const 1
                i32.shl
                i32.add
                local.get 14
                local.get 12
                i32.const 1
                i32.shl
                i32.add
                v128.load64_zero align=1
                v128.load64_lane align=1 1
                local.set 23
                local.get 23
                i32.const 0
                v128.load offset=560 align=1
                i8x16.swizzle
                local.set 17
                local.get 23
                i32.const 0
                v128.load offset=576 align=1
                i8x16.swizzle
                local.set 18
                local.get 17
                i32.const 3
                i32x4.shr_s
                i32.const 0
                v128.load offset=976 align=1
                v128.and
                i32.const 0
                v128.load offset=864 align=1
                f32x4.mul
                local.set 17
                local.get 18
                i32.const 3
                i32x4.shr_s
                i32.const 0
                v128.load offset=976 align=1
                v128.and
                i32.const 0
                v128.load offset=864 align=1
                f32x4.mul
                local.set 18
                local.get 16
                local.get 12
                i32.const 2
                i32.shl
                i32.add
                v128.load align=1
                local.set 19
                local.get 16
                local.get 6
                i32.add
                local.get 12
                i32.const 2
                i32.shl
                i32.add
                v128.load align=1
                local.set 20
                local.get 17
                f64x2.promote_low_f32x4
                local.set 34
                local.get 17
                local.get 17
                i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
                f64x2.promote_low_f32x4
                local.set 35
                local.get 18
                f64x2.promote_low_f32x4
                local.set 36
                local.get 18
                local.get 18
                i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
                f64x2.promote_low_f32x4
                local.set 37
                local.get 19
                f64x2.promote_low_f32x4
                local.set 38
                local.get 19
                local.get 19
                i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
                f64x2.promote_low_f32x4
                local.set 39
                local.get 20
                f64x2.promote_low_f32x4
                local.set 40
                local.get 20
                local.get 20
                i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
                f64x2.promote_low_f32x4
                local.set 41
                local.get 34
                local.get 38
                f64x2.mul
                f32x4.demote_f64x2_zero
                f64x2.promote_low_f32x4
                local.get 36
                local.get 40
                f64x2.mul
                f64x2.sub
                f32x4.demote_f64x2_zero
                local.set 23
                local.get 34
                local.get 40
                f64x2.mul
                f32x4.demote_f64x2_zero
                f64x2.promote_low_f32x4
                local.get 36
                local.get 38
                f64x2.mul
                f64x2.add
                f32x4.demote_f64x2_zero
                local.set 24
                local.get 35
                local.get 39
                f64x2.mul
                f32x4.demote_f64x2_zero
                f64x2.promote_low_f32x4
                local.get 37
                local.get 41
                f64x2.mul
                f64x2.sub
                f32x4.demote_f64x2_zero
                local.set 25
                local.get 35
                local.get 41
                f64x2.mul
                f32x4.demote_f64x2_zero
                f64x2.promote_low_f32x4
                local.get 37
                local.get 39
                f64x2.mul
                f64x2.add
                f32x4.demote_f64x2_zero
                local.set 26
                local.get 23
                local.get 25
                i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
                local.set 21
                local.get 24
                local.get 26
                i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
                local.set 22
                local.get 21
                i32.const 0
                v128.load offset=832 align=1
                v128.and
                local.set 28
                local.get 28
                i32.const 0
                v128.load offset=848 align=1
                i32x4.min_u
                local.set 27
                local.get 28
                i32.const 0
                v128.load offset=640 align=1
                f32x4.add
                i32.const 0
                v128.load offset=640 align=1
                i32x4.sub
                local.get 27
                i32.const 0
                v128.load offset=800 align=1
                i32x4.add
                local.get 27
                i32.const 13
                i32x4.shr_u
                i32.const 0
                v128.load offset=432 align=1
                v128.and
                i32x4.add
                i32.const 13
                i32x4.shr_u
                local.get 28
                i32.const 0
                v128.load offset=672 align=1
                i32x4.lt_s
                v128.bitselect
                local.get 21
                i32.const 16
                i32x4.shr_u
                i32.const 0
                v128.load offset=816 align=1
                v128.and
                v128.or
                local.set 42
                local.get 22
                i32.const 0
                v128.load offset=832 align=1
                v128.and
                local.set 28
                local.get 28
                i32.const 0
                v128.load offset=848 align=1
                i32x4.min_u
                local.set 27
                local.get 28
                i32.const 0
                v128.load offset=640 align=1
                f32x4.add
                i32.const 0
                v128.load offset=640 align=1
                i32x4.sub
                local.get 27
                i32.const 0
                v128.load offset=800 align=1
                i32x4.add
                local.get 27
                i32.const 13
                i32x4.shr_u
                i32.const 0
                v128.load offset=432 align=1
                v128.and
                i32x4.add
                i32.const 13
                i32x4.shr_u
                local.get 28
                i32.const 0
                v128.load offset=672 align=1
                i32x4.lt_s
                v128.bitselect
                local.get 22
                i32.const 16
                i32x4.shr_u
                i32.const 0
                v128.load offset=816 align=1
                v128.and
                v128.or
                local.set 43
                local.get 42
                local.get 43
                i16x8.narrow_i32x4_u
                local.set 23
                local.get 15
                local.get 12
                i32.const 1
                i32.shl
                i32.add
                local.get 23
                v128.store64_lane align=1 0
                local.get 15
                local.get 12
                local.get 2
                i32.add
                i32.const 1
                i32.shl
                i32.add
                local.get 23
                v128.store64_lane align=1 1
                local.get 12
                i32.const 4
                i32.add
                local.set 12
                local.get 12
                local.get 2
                i32.ge_u
                i32.eqz
                br_if 0 (;@6;)
              end
            end
          end
          local.get 29
          i32.const 0
          v128.load offset=960 align=1
          i16x8.lt_u
          i16x8.all_true
          i32.eqz
          if  ;; label = @4
            local.get 7
            local.get 13
            i32.const 2
            i32.shl
            i32.add
            local.get 11
            i32.store
            local.get 13
            i32.const 1
            i32.add
            local.set 13
          end
          local.get 11
          i32.const 1
          i32.add
          local.set 11
          local.get 11
          local.get 0
          i32.ge_u
          i32.eqz
          br_if 0 (;@3;)
        end
      end
    end
    local.get 13)
  (func (;21;) (type 21) (param i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32) (result i32)
    (local i32 i32 i32 i32 i32 i32 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 i32)
    i32.const 0
    local.set 13
    local.get 8
    i32.const 0
    i32.ne
    i32.eqz
    local.get 10
    i32.eqz
    i32.and
    if  ;; label = @1
      i32.const 0
      local.set 11
      block  ;; label = @2
        local.get 11
        local.get 0
        i32.ge_u
        br_if 0 (;@2;)
        loop  ;; label = @3
          local.get 3
          local.get 11
          local.get 1
          i32.mul
          i32.const 1
          i32.shl
          i32.add
          local.set 14
          local.get 4
          local.get 11
          local.get 1
          i32.mul
          i32.const 1
          i32.shl
          i32.add
          local.set 15
          local.get 5
          local.get 11
          i32.const 2
          i32.shl
          i32.add
          i32.load
          local.set 16
          i32.const 0
          v128.load offset=400 align=1
          local.set 29
          i32.const 0
          v128.load offset=416 align=1
          local.set 30
          i32.const 0
          v128.load offset=400 align=1
          local.set 44
          i32.const 0
          v128.load offset=416 align=1
          local.set 45
          i32.const 0
          v128.load offset=416 align=1
          local.set 57
          i32.const 0
          local.set 12
          block  ;; label = @4
            local.get 12
            local.get 2
            i32.ge_u
            br_if 0 (;@4;)
            loop  ;; label = @5
              local.get 14
              local.get 12
              i32.const 1
              i32.shl
              i32.const 1
              i32.shl
              i32.add
              v128.load align=1
              local.set 23
              local.get 23
              i32.const 16
              i32x4.shl
              local.set 17
              local.get 23
              i32.const 0
              v128.load offset=464 align=1
              v128.and
              local.set 18
              local.get 17
              i32.const 3
              i32x4.shr_s
              i32.const 0
              v128.load offset=976 align=1
              v128.and
              i32.const 0
              v128.load offset=864 align=1
              f32x4.mul
              local.set 17
              local.get 18
              i32.const 3
              i32x4.shr_s
              i32.const 0
              v128.load offset=976 align=1
              v128.and
              i32.const 0
              v128.load offset=864 align=1
              f32x4.mul
              local.set 18
              local.get 23
              i32.const 1
              i16x8.shl
              local.set 27
              local.get 29
              local.get 27
              i16x8.max_u
              local.set 29
              local.get 16
              local.get 12
              i32.const 2
              i32.shl
              i32.add
              v128.load align=1
              local.set 19
              local.get 16
              local.get 6
              i32.add
              local.get 12
              i32.const 2
              i32.shl
              i32.add
              v128.load align=1
              local.set 20
              local.get 17
              local.get 19
              f32x4.mul
              local.get 18
              local.get 20
              f32x4.mul
              f32x4.sub
              local.set 21
              local.get 17
              local.get 20
              f32x4.mul
              local.get 18
              local.get 19
              f32x4.mul
              f32x4.add
              local.set 22
              local.get 21
              i32.const 1
              i32x4.shl
              local.set 27
              local.get 44
              local.get 27
              i32x4.max_u
              local.set 44
              local.get 45
              local.get 27
              i32.const 0
              v128.load offset=432 align=1
              i32x4.sub
              i32x4.min_u
              local.set 45
              local.get 22
              i32.const 1
              i32x4.shl
              local.set 27
              local.get 44
              local.get 27
              i32x4.max_u
              local.set 44
              local.get 45
              local.get 27
              i32.const 0
              v128.load offset=432 align=1
              i32x4.sub
              i32x4.min_u
              local.set 45
              local.get 21
              i32.const 0
              v128.load offset=384 align=1
              f32x4.mul
              local.set 28
              local.get 28
              local.get 28
              local.get 21
              f32x4.sub
              f32x4.sub
              i32.const 0
              v128.load offset=992 align=1
              f32x4.mul
              local.set 28
              local.get 28
              i32.const 3
              i32x4.shl
              local.get 28
              i32.const 0
              v128.load offset=656 align=1
              v128.and
              v128.or
              local.set 42
              local.get 22
              i32.const 0
              v128.load offset=384 align=1
              f32x4.mul
              local.set 28
              local.get 28
              local.get 28
              local.get 22
              f32x4.sub
              f32x4.sub
              i32.const 0
              v128.load offset=992 align=1
              f32x4.mul
              local.set 28
              local.get 28
              i32.const 3
              i32x4.shl
              local.get 28
              i32.const 0
              v128.load offset=656 align=1
              v128.and
              v128.or
              local.set 43
              local.get 42
              local.get 43
              i8x16.shuffle 2 3 18 19 6 7 22 23 10 11 26 27 14 15 30 31
              local.set 23
              local.get 15
              local.get 12
              i32.const 1
              i32.shl
              i32.const 1
              i32.shl
              i32.add
              local.get 23
              v128.store align=1
              local.get 12
              i32.const 4
              i32.add
              local.set 12
              local.get 12
              local.get 2
              i32.ge_u
              i32.eqz
              br_if 0 (;@5;)
            end
          end
          local.get 44
          i32.const 0
          v128.load offset=736 align=1
          i32x4.lt_u
          local.get 45
          i32.const 0
          v128.load offset=752 align=1
          i32x4.ge_u
          v128.and
          i32x4.all_true
          i32.eqz
          if  ;; label = @4
            i32.const 0
            local.set 12
            block  ;; label = @5
              local.get 12
              local.get 2
              i32.ge_u
              br_if 0 (;@5;)
              loop  ;; label = @6
                local.get 14
                local.get 12
                i32.const 1
                i32.shl
                i32.const 1
                i32.shl
                i32.add
                v128.load align=1
                local.set 23
                local.get 23
                i32.const 16
                i32x4.shl
                local.set 17
                local.get 23
                i32.const 0
                v128.load offset=464 align=1
                v128.and
                local.set 18
                local.get 17
                i32.const 3
                i32x4.shr_s
                i32.const 0
                v128.load offset=976 align=1
                v128.and
                i32.const 0
                v128.load offset=864 align=1
                f32x4.mul
                local.set 17
                local.get 18
                i32.const 3
                i32x4.shr_s
                i32.const 0
                v128.load offset=976 align=1
                v128.and
                i32.const 0
                v128.load offset=864 align=1
                f32x4.mul
                local.set 18
                local.get 16
                local.get 12
                i32.const 2
                i32.shl
                i32.add
                v128.load align=1
                local.set 19
                local.get 16
                local.get 6
                i32.add
                local.get 12
                i32.const 2
                i32.shl
                i32.add
                v128.load align=1
                local.set 20
                local.get 17
                local.get 19
                f32x4.mul
                local.get 18
                local.get 20
                f32x4.mul
                f32x4.sub
                local.set 21
                local.get 17
                local.get 20
                f32x4.mul
                local.get 18
                local.get 19
                f32x4.mul
                f32x4.add
                local.set 22
                local.get 21
                i32.const 0
                v128.load offset=832 align=1
                v128.and
                local.set 28
                local.get 28
                i32.const 0
                v128.load offset=848 align=1
                i32x4.min_u
                local.set 27
                local.get 28
                i32.const 0
                v128.load offset=640 align=1
                f32x4.add
                i32.const 0
                v128.load offset=640 align=1
                i32x4.sub
                local.get 27
                i32.const 0
                v128.load offset=800 align=1
                i32x4.add
                local.get 27
                i32.const 13
                i32x4.shr_u
                i32.const 0
                v128.load offset=432 align=1
                v128.and
                i32x4.add
                i32.const 13
                i32x4.shr_u
                local.get 28
                i32.const 0
                v128.load offset=672 align=1
                i32x4.lt_s
                v128.bitselect
                local.get 21
                i32.const 16
                i32x4.shr_u
                i32.const 0
                v128.load offset=816 align=1
                v128.and
                v128.or
                local.set 42
                local.get 22
                i32.const 0
                v128.load offset=832 align=1
                v128.and
                local.set 28
                local.get 28
                i32.const 0
                v128.load offset=848 align=1
                i32x4.min_u
                local.set 27
                local.get 28
                i32.const 0
                v128.load offset=640 align=1
                f32x4.add
                i32.const 0
                v128.load offset=640 align=1
                i32x4.sub
                local.get 27
                i32.const 0
                v128.load offset=800 align=1
                i32x4.add
                local.get 27
                i32.const 13
                i32x4.shr_u
                i32.const 0
                v128.load offset=432 align=1
                v128.and
                i32x4.add
                i32.const 13
                i32x4.shr_u
                local.get 28
                i32.const 0
                v128.load offset=672 align=1
                i32x4.lt_s
                v128.bitselect
                local.get 22
                i32.const 16
                i32x4.shr_u
                i32.const 0
                v128.load offset=816 align=1
                v128.and
                v128.or
                local.set 43
                local.get 15
                local.get 12
                i32.const 1
                i32.shl
                i32.const 1
                i32.shl
                i32.add
                local.get 42
                local.get 43
                i32.const 16
                i32x4.shl
                v128.or
                v128.store align=1
                local.get 12
                i32.const 4
                i32.add
                local.set 12
                local.get 12
                local.get 2
                i32.ge_u
                i32.eqz
                br_if 0 (;@6;)
              end
            end
          end
          local.get 29
          i32.const 0
          v128.load offset=960 align=1
          i16x8.lt_u
          i16x8.all_true
          i32.eqz
          if  ;; label = @4
            local.get 7
            local.get 13
            i32.const 2
            i32.shl
            i32.add
            local.get 11
            i32.store
            local.get 13
            i32.const 1
            i32.add
            local.set 13
          end
          local.get 11
          i32.const 1
          i32.add
          local.set 11
          local.get 11
          local.get 0
          i32.ge_u
          i32.eqz
          br_if 0 (;@3;)
        end
      end
    end
    local.get 8
    i32.const 0
    i32.ne
    i32.eqz
    local.get 10
    i32.const 0
    i32.ne
    i32.and
    if  ;; label = @1
      i32.const 0
      local.set 11
      block  ;; label = @2
        local.get 11
        local.get 0
        i32.ge_u
        br_if 0 (;@2;)
        loop  ;; label = @3
          local.get 3
          local.get 11
          local.get 1
          i32.mul
          i32.const 1
          i32.shl
          i32.add
          local.set 14
          local.get 4
          local.get 11
          local.get 1
          i32.mul
          i32.const 1
          i32.shl
          i32.add
          local.set 15
          local.get 5
          local.get 11
          i32.const 2
          i32.shl
          i32.add
          i32.load
          local.set 16
          i32.const 0
          v128.load offset=400 align=1
          local.set 29
          i32.const 0
          v128.load offset=416 align=1
          local.set 30
          i32.const 0
          v128.load offset=400 align=1
          local.set 44
          i32.const 0
          v128.load offset=416 align=1
          local.set 45
          i32.const 0
          v128.load offset=416 align=1
          local.set 57
          i32.const 0
          local.set 12
          block  ;; label = @4
            local.get 12
            local.get 2
            i32.ge_u
            br_if 0 (;@4;)
            loop  ;; label = @5
              local.get 14
              local.get 12
              i32.const 1
              i32.shl
              i32.const 1
              i32.shl
              i32.add
              v128.load align=1
              local.set 23
              local.get 23
              i32.const 16
              i32x4.shl
              local.set 17
              local.get 23
              i32.const 0
              v128.load offset=464 align=1
              v128.and
              local.set 18
              local.get 17
              i32.const 3
              i32x4.shr_s
              i32.const 0
              v128.load offset=976 align=1
              v128.and
              local.set 17
              local.get 18
              i32.const 3
              i32x4.shr_s
              i32.const 0
              v128.load offset=976 align=1
              v128.and
              local.set 18
              local.get 23
              i32.const 1
              i16x8.shl
              local.set 27
              local.get 29
              local.get 27
              i16x8.max_u
              local.set 29
              local.get 16
              local.get 12
              i32.const 2
              i32.shl
              i32.add
              v128.load align=1
              local.set 19
              local.get 16
              local.get 6
              i32.add
              local.get 12
              i32.const 2
              i32.shl
              i32.add
              v128.load align=1
              local.set 20
              local.get 17
              local.get 19
              f32x4.mul
              local.get 18
              local.get 20
              f32x4.mul
              f32x4.sub
              local.set 21
              local.get 17
              local.get 20
              f32x4.mul
              local.get 18
              local.get 19
              f32x4.mul
              f32x4.add
              local.set 22
              local.get 21
              i32.const 1
              i32x4.shl
              local.set 27
              local.get 44
              local.get 27
              i32x4.max_u
              local.set 44
              local.get 45
              local.get 27
              i32.const 0
              v128.load offset=432 align=1
              i32x4.sub
              i32x4.min_u
              local.set 45
              local.get 22
              i32.const 1
              i32x4.shl
              local.set 27
              local.get 44
              local.get 27
              i32x4.max_u
              local.set 44
              local.get 45
              local.get 27
              i32.const 0
              v128.load offset=432 align=1
              i32x4.sub
              i32x4.min_u
              local.set 45
              local.get 21
              i32.const 0
              v128.load offset=384 align=1
              f32x4.mul
              local.set 28
              local.get 28
              local.get 28
              local.get 21
              f32x4.sub
              f32x4.sub
              i32.const 0
              v128.load offset=992 align=1
              f32x4.mul
              local.set 28
              local.get 28
              i32.const 3
              i32x4.shl
              local.get 28
              i32.const 0
              v128.load offset=656 align=1
              v128.and
              v128.or
              local.set 42
              local.get 22
              i32.const 0
              v128.load offset=384 align=1
              f32x4.mul
              local.set 28
              local.get 28
              local.get 28
              local.get 22
              f32x4.sub
              f32x4.sub
              i32.const 0
              v128.load offset=992 align=1
              f32x4.mul
              local.set 28
              local.get 28
              i32.const 3
              i32x4.shl
              local.get 28
              i32.const 0
              v128.load offset=656 align=1
              v128.and
              v128.or
              local.set 43
              local.get 42
              local.get 43
              i8x16.shuffle 2 3 18 19 6 7 22 23 10 11 26 27 14 15 30 31
              local.set 23
              local.get 15
              local.get 12
              i32.const 1
              i32.shl
              i32.const 1
              i32.shl
              i32.add
              local.get 23
              v128.store align=1
              local.get 12
              i32.const 4
              i32.add
              local.set 12
              local.get 12
              local.get 2
              i32.ge_u
              i32.eqz
              br_if 0 (;@5;)
            end
          end
          local.get 44
          i32.const 0
          v128.load offset=736 align=1
          i32x4.lt_u
          local.get 45
          i32.const 0
          v128.load offset=752 align=1
          i32x4.ge_u
          v128.and
          i32x4.all_true
          i32.eqz
          if  ;; label = @4
            i32.const 0
            local.set 12
            block  ;; label = @5
              local.get 12
              local.get 2
              i32.ge_u
              br_if 0 (;@5;)
              loop  ;; label = @6
                local.get 14
                local.get 12
                i32.const 1
                i32.shl
                i32.const 1
                i32.shl
                i32.add
                v128.load align=1
                local.set 23
                local.get 23
                i32.const 16
                i32x4.shl
                local.set 17
                local.get 23
                i32.const 0
                v128.load offset=464 align=1
                v128.and
                local.set 18
                local.get 17
                i32.const 3
                i32x4.shr_s
                i32.const 0
                v128.load offset=976 align=1
                v128.and
                local.set 17
                local.get 18
                i32.const 3
                i32x4.shr_s
                i32.const 0
                v128.load offset=976 align=1
                v128.and
                local.set 18
                local.get 16
                local.get 12
                i32.const 2
                i32.shl
                i32.add
                v128.load align=1
                local.set 19
                local.get 16
                local.get 6
                i32.add
                local.get 12
                i32.const 2
                i32.shl
                i32.add
                v128.load align=1
                local.set 20
                local.get 17
                local.get 19
                f32x4.mul
                local.get 18
                local.get 20
                f32x4.mul
                f32x4.sub
                local.set 21
                local.get 17
                local.get 20
                f32x4.mul
                local.get 18
                local.get 19
                f32x4.mul
                f32x4.add
                local.set 22
                local.get 21
                i32.const 0
                v128.load offset=832 align=1
                v128.and
                local.set 28
                local.get 28
                i32.const 0
                v128.load offset=848 align=1
                i32x4.min_u
                local.set 27
                local.get 28
                i32.const 0
                v128.load offset=640 align=1
                f32x4.add
                i32.const 0
                v128.load offset=640 align=1
                i32x4.sub
                local.get 27
                i32.const 0
                v128.load offset=800 align=1
                i32x4.add
                local.get 27
                i32.const 13
                i32x4.shr_u
                i32.const 0
                v128.load offset=432 align=1
                v128.and
                i32x4.add
                i32.const 13
                i32x4.shr_u
                local.get 28
                i32.const 0
                v128.load offset=672 align=1
                i32x4.lt_s
                v128.bitselect
                local.get 21
                i32.const 16
                i32x4.shr_u
                i32.const 0
                v128.load offset=816 align=1
                v128.and
                v128.or
                local.set 42
                local.get 22
                i32.const 0
                v128.load offset=832 align=1
                v128.and
                local.set 28
                local.get 28
                i32.const 0
                v128.load offset=848 align=1
                i32x4.min_u
                local.set 27
                local.get 28
                i32.const 0
                v128.load offset=640 align=1
                f32x4.add
                i32.const 0
                v128.load offset=640 align=1
                i32x4.sub
                local.get 27
                i32.const 0
                v128.load offset=800 align=1
                i32x4.add
                local.get 27
                i32.const 13
                i32x4.shr_u
                i32.const 0
                v128.load offset=432 align=1
                v128.and
                i32x4.add
                i32.const 13
                i32x4.shr_u
                local.get 28
                i32.const 0
                v128.load offset=672 align=1
                i32x4.lt_s
                v128.bitselect
                local.get 22
                i32.const 16
                i32x4.shr_u
                i32.const 0
                v128.load offset=816 align=1
                v128.and
                v128.or
                local.set 43
                local.get 15
                local.get 12
                i32.const 1
                i32.shl
                i32.const 1
                i32.shl
                i32.add
                local.get 42
                local.get 43
                i32.const 16
                i32x4.shl
                v128.or
                v128.store align=1
                local.get 12
                i32.const 4
                i32.add
                local.set 12
                local.get 12
                local.get 2
                i32.ge_u
                i32.eqz
                br_if 0 (;@6;)
              end
            end
          end
          local.get 29
          i32.const 0
          v128.load offset=960 align=1
          i16x8.lt_u
          i16x8.all_true
          i32.eqz
          if  ;; label = @4
            local.get 7
            local.get 13
            i32.const 2
            i32.shl
            i32.add
            local.get 11
            i32.store
            local.get 13
            i32.const 1
            i32.add
            local.set 13
          end
          local.get 11
          i32.const 1
          i32.add
          local.set 11
          local.get 11
          local.get 0
          i32.ge_u
          i32.eqz
          br_if 0 (;@3;)
        end
      end
    end
    local.get 8
    i32.const 1
    i32.ne
    i32.eqz
    if  ;; label = @1
      i32.const 0
      local.set 11
      block  ;; label = @2
        local.get 11
        local.get 0
        i32.ge_u
        br_if 0 (;@2;)
        loop  ;; label = @3
          local.get 3
          local.get 11
          local.get 1
          i32.mul
          i32.const 1
          i32.shl
          i32.add
          local.set 14
          local.get 4
          local.get 11
          local.get 1
          i32.mul
          i32.const 1
          i32.shl
          i32.add
          local.set 15
          local.get 5
          local.get 11
          i32.const 2
          i32.shl
          i32.add
          i32.load
          local.set 16
          i32.const 0
          v128.load offset=400 align=1
          local.set 29
          i32.const 0
          v128.load offset=416 align=1
          local.set 30
          i32.const 0
          v128.load offset=400 align=1
          local.set 44
          i32.const 0
          v128.load offset=416 align=1
          local.set 45
          i32.const 0
          v128.load offset=416 align=1
          local.set 57
          i32.const 0
          local.set 12
          block  ;; label = @4
            local.get 12
            local.get 2
            i32.ge_u
            br_if 0 (;@4;)
            loop  ;; label = @5
              local.get 14
              local.get 12
              i32.const 1
              i32.shl
              i32.const 1
              i32.shl
              i32.add
              v128.load align=1
              local.set 23
              local.get 23
              i32.const 16
              i32x4.shl
              local.set 17
              local.get 23
              i32.const 0
              v128.load offset=464 align=1
              v128.and
              local.set 18
              local.get 17
              i32.const 3
              i32x4.shr_s
              i32.const 0
              v128.load offset=976 align=1
              v128.and
              i32.const 0
              v128.load offset=864 align=1
              f32x4.mul
              local.set 17
              local.get 18
              i32.const 3
              i32x4.shr_s
              i32.const 0
              v128.load offset=976 align=1
              v128.and
              i32.const 0
              v128.load offset=864 align=1
              f32x4.mul
              local.set 18
              local.get 23
              i32.const 1
              i16x8.shl
              local.set 27
              local.get 29
              local.get 27
              i16x8.max_u
              local.set 29
              local.get 16
              local.get 12
              i32.const 2
              i32.shl
              i32.add
              v128.load align=1
              local.set 19
              local.get 16
              local.get 6
              i32.add
              local.get 12
              i32.const 2
              i32.shl
              i32.add
              v128.load align=1
              local.set 20
              local.get 17
              f64x2.promote_low_f32x4
              local.set 34
              local.get 17
              local.get 17
              i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
              f64x2.promote_low_f32x4
              local.set 35
              local.get 18
              f64x2.promote_low_f32x4
              local.set 36
              local.get 18
              local.get 18
              i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
              f64x2.promote_low_f32x4
              local.set 37
              local.get 19
              f64x2.promote_low_f32x4
              local.set 38
              local.get 19
              local.get 19
              i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
              f64x2.promote_low_f32x4
              local.set 39
              local.get 20
              f64x2.promote_low_f32x4
              local.set 40
              local.get 20
              local.get 20
              i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
              f64x2.promote_low_f32x4
              local.set 41
              local.get 34
              local.get 38
              f64x2.mul
              f32x4.demote_f64x2_zero
              f64x2.promote_low_f32x4
              local.get 36
              local.get 40
              f64x2.mul
              f32x4.demote_f64x2_zero
              f64x2.promote_low_f32x4
              f64x2.sub
              f32x4.demote_f64x2_zero
              local.set 23
              local.get 34
              local.get 40
              f64x2.mul
              f32x4.demote_f64x2_zero
              f64x2.promote_low_f32x4
              local.get 36
              local.get 38
              f64x2.mul
              f32x4.demote_f64x2_zero
              f64x2.promote_low_f32x4
              f64x2.add
              f32x4.demote_f64x2_zero
              local.set 24
              local.get 35
              local.get 39
              f64x2.mul
              f32x4.demote_f64x2_zero
              f64x2.promote_low_f32x4
              local.get 37
              local.get 41
              f64x2.mul
              f32x4.demote_f64x2_zero
              f64x2.promote_low_f32x4
              f64x2.sub
              f32x4.demote_f64x2_zero
              local.set 25
              local.get 35
              local.get 41
              f64x2.mul
              f32x4.demote_f64x2_zero
              f64x2.promote_low_f32x4
              local.get 37
              local.get 39
              f64x2.mul
              f32x4.demote_f64x2_zero
              f64x2.promote_low_f32x4
              f64x2.add
              f32x4.demote_f64x2_zero
              local.set 26
              local.get 23
              local.get 25
              i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
              local.set 21
              local.get 24
              local.get 26
              i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
              local.set 22
              local.get 21
              i32.const 1
              i32x4.shl
              local.set 27
              local.get 44
              local.get 27
              i32x4.max_u
              local.set 44
              local.get 45
              local.get 27
              i32.const 0
              v128.load offset=432 align=1
              i32x4.sub
              i32x4.min_u
              local.set 45
              local.get 22
              i32.const 1
              i32x4.shl
              local.set 27
              local.get 44
              local.get 27
              i32x4.max_u
              local.set 44
              local.get 45
              local.get 27
              i32.const 0
              v128.load offset=432 align=1
              i32x4.sub
              i32x4.min_u
              local.set 45
              local.get 21
              i32.const 0
              v128.load offset=384 align=1
              f32x4.mul
              local.set 28
              local.get 28
              local.get 28
              local.get 21
              f32x4.sub
              f32x4.sub
              i32.const 0
              v128.load offset=992 align=1
              f32x4.mul
              local.set 28
              local.get 28
              i32.const 3
              i32x4.shl
              local.get 28
              i32.const 0
              v128.load offset=656 align=1
              v128.and
              v128.or
              local.set 42
              local.get 22
              i32.const 0
              v128.load offset=384 align=1
              f32x4.mul
              local.set 28
              local.get 28
              local.get 28
              local.get 22
              f32x4.sub
              f32x4.sub
              i32.const 0
              v128.load offset=992 align=1
              f32x4.mul
              local.set 28
              local.get 28
              i32.const 3
              i32x4.shl
              local.get 28
              i32.const 0
              v128.load offset=656 align=1
              v128.and
              v128.or
              local.set 43
              local.get 42
              local.get 43
              i8x16.shuffle 2 3 18 19 6 7 22 23 10 11 26 27 14 15 30 31
              local.set 23
              local.get 15
              local.get 12
              i32.const 1
              i32.shl
              i32.const 1
              i32.shl
              i32.add
              local.get 23
              v128.store align=1
              local.get 12
              i32.const 4
              i32.add
              local.set 12
              local.get 12
              local.get 2
              i32.ge_u
              i32.eqz
              br_if 0 (;@5;)
            end
          end
          local.get 44
          i32.const 0
          v128.load offset=736 align=1
          i32x4.lt_u
          local.get 45
          i32.const 0
          v128.load offset=752 align=1
          i32x4.ge_u
          v128.and
          i32x4.all_true
          i32.eqz
          if  ;; label = @4
            i32.const 0
            local.set 12
            block  ;; label = @5
              local.get 12
              local.get 2
              i32.ge_u
              br_if 0 (;@5;)
              loop  ;; label = @6
                local.get 14
                local.get 12
                i32.const 1
                i32.shl
                i32.const 1
                i32.shl
                i32.add
                v128.load align=1
                local.set 23
                local.get 23
                i32.const 16
                i32x4.shl
                local.set 17
                local.get 23
                i32.const 0
                v128.load offset=464 align=1
                v128.and
                local.set 18
                local.get 17
                i32.const 3
                i32x4.shr_s
                i32.const 0
                v128.load offset=976 align=1
                v128.and
                i32.const 0
                v128.load offset=864 align=1
                f32x4.mul
                local.set 17
                local.get 18
                i32.const 3
                i32x4.shr_s
                i32.const 0
                v128.load offset=976 align=1
                v128.and
                i32.const 0
                v128.load offset=864 align=1
                f32x4.mul
                local.set 18
                local.get 16
                local.get 12
                i32.const 2
                i32.shl
                i32.add
                v128.load align=1
                local.set 19
                local.get 16
                local.get 6
                i32.add
                local.get 12
                i32.const 2
                i32.shl
                i32.add
                v128.load align=1
                local.set 20
                local.get 17
                f64x2.promote_low_f32x4
                local.set 34
                local.get 17
                local.get 17
                i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
                f64x2.promote_low_f32x4
                local.set 35
                local.get 18
                f64x2.promote_low_f32x4
                local.set 36
                local.get 18
                local.get 18
                i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
                f64x2.promote_low_f32x4
                local.set 37
                local.get 19
                f64x2.promote_low_f32x4
                local.set 38
                local.get 19
                local.get 19
                i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
                f64x2.promote_low_f32x4
                local.set 39
                local.get 20
                f64x2.promote_low_f32x4
                local.set 40
                local.get 20
                local.get 20
                i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
                f64x2.promote_low_f32x4
                local.set 41
                local.get 34
                local.get 38
                f64x2.mul
                f32x4.demote_f64x2_zero
                f64x2.promote_low_f32x4
                local.get 36
                local.get 40
                f64x2.mul
                f32x4.demote_f64x2_zero
                f64x2.promote_low_f32x4
                f64x2.sub
                f32x4.demote_f64x2_zero
                local.set 23
                local.get 34
                local.get 40
                f64x2.mul
                f32x4.demote_f64x2_zero
                f64x2.promote_low_f32x4
                local.get 36
                local.get 38
                f64x2.mul
                f32x4.demote_f64x2_zero
                f64x2.promote_low_f32x4
                f64x2.add
                f32x4.demote_f64x2_zero
                local.set 24
                local.get 35
                local.get 39
                f64x2.mul
                f32x4.demote_f64x2_zero
                f64x2.promote_low_f32x4
                local.get 37
                local.get 41
                f64x2.mul
                f32x4.demote_f64x2_zero
                f64x2.promote_low_f32x4
                f64x2.sub
                f32x4.demote_f64x2_zero
                local.set 25
                local.get 35
                local.get 41
                f64x2.mul
                f32x4.demote_f64x2_zero
                f64x2.promote_low_f32x4
                local.get 37
                local.get 39
                f64x2.mul
                f32x4.demote_f64x2_zero
                f64x2.promote_low_f32x4
                f64x2.add
                f32x4.demote_f64x2_zero
                local.set 26
                local.get 23
                local.get 25
                i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
                local.set 21
                local.get 24
                local.get 26
                i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
                local.set 22
                local.get 21
                i32.const 0
                v128.load offset=832 align=1
                v128.and
                local.set 28
                local.get 28
                i32.const 0
                v128.load offset=848 align=1
                i32x4.min_u
                local.set 27
                local.get 28
                i32.const 0
                v128.load offset=640 align=1
                f32x4.add
                i32.const 0
                v128.load offset=640 align=1
                i32x4.sub
                local.get 27
                i32.const 0
                v128.load offset=800 align=1
                i32x4.add
                local.get 27
                i32.const 13
                i32x4.shr_u
                i32.const 0
                v128.load offset=432 align=1
                v128.and
                i32x4.add
                i32.const 13
                i32x4.shr_u
                local.get 28
                i32.const 0
                v128.load offset=672 align=1
                i32x4.lt_s
                v128.bitselect
                local.get 21
                i32.const 16
                i32x4.shr_u
                i32.const 0
                v128.load offset=816 align=1
                v128.and
                v128.or
                local.set 42
                local.get 22
                i32.const 0
                v128.load offset=832 align=1
                v128.and
                local.set 28
                local.get 28
                i32.const 0
                v128.load offset=848 align=1
                i32x4.min_u
                local.set 27
                local.get 28
                i32.const 0
                v128.load offset=640 align=1
                f32x4.add
                i32.const 0
                v128.load offset=640 align=1
                i32x4.sub
                local.get 27
                i32.const 0
                v128.load offset=800 align=1
                i32x4.add
                local.get 27
                i32.const 13
                i32x4.shr_u
                i32.const 0
                v128.load offset=432 align=1
                v128.and
                i32x4.add
                i32.const 13
                i32x4.shr_u
                local.get 28
                i32.const 0
                v128.load offset=672 align=1
                i32x4.lt_s
                v128.bitselect
                local.get 22
                i32.const 16
                i32x4.shr_u
                i32.const 0
                v128.load offset=816 align=1
                v128.and
                v128.or
                local.set 43
                local.get 15
                local.get 12
                i32.const 1
                i32.shl
                i32.const 1
                i32.shl
                i32.add
                local.get 42
                local.get 43
                i32.const 16
                i32x4.shl
                v128.or
                v128.store align=1
                local.get 12
                i32.const 4
                i32.add
                local.set 12
                local.get 12
                local.get 2
                i32.ge_u
                i32.eqz
                br_if 0 (;@6;)
              end
            end
          end
          local.get 29
          i32.const 0
          v128.load offset=960 align=1
          i16x8.lt_u
          i16x8.all_true
          i32.eqz
          if  ;; label = @4
            local.get 7
            local.get 13
            i32.const 2
            i32.shl
            i32.add
            local.get 11
            i32.store
            local.get 13
            i32.const 1
            i32.add
            local.set 13
          end
          local.get 11
          i32.const 1
          i32.add
          local.set 11
          local.get 11
          local.get 0
          i32.ge_u
          i32.eqz
          br_if 0 (;@3;)
        end
      end
    end
    local.get 8
    i32.const 2
    i32.ne
    i32.eqz
    if  ;; label = @1
      i32.const 0
      local.set 11
      block  ;; label = @2
        local.get 11
        local.get 0
        i32.ge_u
        br_if 0 (;@2;)
        loop  ;; label = @3
          local.get 3
          local.get 11
          local.get 1
          i32.mul
          i32.const 1
          i32.shl
          i32.add
          local.set 14
          local.get 4
          local.get 11
          local.get 1
          i32.mul
          i32.const 1
          i32.shl
          i32.add
          local.set 15
          local.get 5
          local.get 11
          i32.const 2
          i32.shl
          i32.add
          i32.load
          local.set 16
          i32.const 0
          v128.load offset=400 align=1
          local.set 29
          i32.const 0
          v128.load offset=416 align=1
          local.set 30
          i32.const 0
          v128.load offset=400 align=1
          local.set 44
          i32.const 0
          v128.load offset=416 align=1
          local.set 45
          i32.const 0
          v128.load offset=416 align=1
          local.set 57
          i32.const 0
          local.set 12
          block  ;; label = @4
            local.get 12
            local.get 2
            i32.ge_u
            br_if 0 (;@4;)
            loop  ;; label = @5
              local.get 14
              local.get 12
              i32.const 1
              i32.shl
              i32.const 1
              i32.shl
              i32.add
              v128.load align=1
              local.set 23
              local.get 23
              i32.const 16
              i32x4.shl
              local.set 17
              local.get 23
              i32.const 0
              v128.load offset=464 align=1
              v128.and
              local.set 18
              local.get 17
              i32.const 3
              i32x4.shr_s
              i32.const 0
              v128.load offset=976 align=1
              v128.and
              i32.const 0
              v128.load offset=864 align=1
              f32x4.mul
              local.set 17
              local.get 18
              i32.const 3
              i32x4.shr_s
              i32.const 0
              v128.load offset=976 align=1
              v128.and
              i32.const 0
              v128.load offset=864 align=1
              f32x4.mul
              local.set 18
              local.get 23
              i32.const 1
              i16x8.shl
              local.set 27
              local.get 29
              local.get 27
              i16x8.max_u
              local.set 29
              local.get 16
              local.get 12
              i32.const 2
              i32.shl
              i32.add
              v128.load align=1
              local.set 19
              local.get 16
              local.get 6
              i32.add
              local.get 12
              i32.const 2
              i32.shl
              i32.add
              v128.load align=1
              local.set 20
              local.get 17
              f64x2.promote_low_f32x4
              local.set 34
              local.get 17
              local.get 17
              i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
              f64x2.promote_low_f32x4
              local.set 35
              local.get 18
              f64x2.promote_low_f32x4
              local.set 36
              local.get 18
              local.get 18
              i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
              f64x2.promote_low_f32x4
              local.set 37
              local.get 19
              f64x2.promote_low_f32x4
              local.set 38
              local.get 19
              local.get 19
              i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
              f64x2.promote_low_f32x4
              local.set 39
              local.get 20
              f64x2.promote_low_f32x4
              local.set 40
              local.get 20
              local.get 20
              i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
              f64x2.promote_low_f32x4
              local.set 41
              local.get 34
              local.get 38
              f64x2.mul
              local.get 36
              local.get 40
              f64x2.mul
              f32x4.demote_f64x2_zero
              f64x2.promote_low_f32x4
              f64x2.sub
              f32x4.demote_f64x2_zero
              local.set 23
              local.get 34
              local.get 40
              f64x2.mul
              local.get 36
              local.get 38
              f64x2.mul
              f32x4.demote_f64x2_zero
              f64x2.promote_low_f32x4
              f64x2.add
              f32x4.demote_f64x2_zero
              local.set 24
              local.get 35
              local.get 39
              f64x2.mul
              local.get 37
              local.get 41
              f64x2.mul
              f32x4.demote_f64x2_zero
              f64x2.promote_low_f32x4
              f64x2.sub
              f32x4.demote_f64x2_zero
              local.set 25
              local.get 35
              local.get 41
              f64x2.mul
              local.get 37
              local.get 39
              f64x2.mul
              f32x4.demote_f64x2_zero
              f64x2.promote_low_f32x4
              f64x2.add
              f32x4.demote_f64x2_zero
              local.set 26
              local.get 23
              local.get 25
              i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
              local.set 21
              local.get 24
              local.get 26
              i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
              local.set 22
              local.get 21
              i32.const 1
              i32x4.shl
              local.set 27
              local.get 44
              local.get 27
              i32x4.max_u
              local.set 44
              local.get 45
              local.get 27
              i32.const 0
              v128.load offset=432 align=1
              i32x4.sub
              i32x4.min_u
              local.set 45
              local.get 22
              i32.const 1
              i32x4.shl
              local.set 27
              local.get 44
              local.get 27
              i32x4.max_u
              local.set 44
              local.get 45
              local.get 27
              i32.const 0
              v128.load offset=432 align=1
              i32x4.sub
              i32x4.min_u
              local.set 45
              local.get 21
              i32.const 0
              v128.load offset=384 align=1
              f32x4.mul
              local.set 28
              local.get 28
              local.get 28
              local.get 21
              f32x4.sub
              f32x4.sub
              i32.const 0
              v128.load offset=992 align=1
              f32x4.mul
              local.set 28
              local.get 28
              i32.const 3
              i32x4.shl
              local.get 28
              i32.const 0
              v128.load offset=656 align=1
              v128.and
              v128.or
              local.set 42
              local.get 22
              i32.const 0
              v128.load offset=384 align=1
              f32x4.mul
              local.set 28
              local.get 28
              local.get 28
              local.get 22
              f32x4.sub
              f32x4.sub
              i32.const 0
              v128.load offset=992 align=1
              f32x4.mul
              local.set 28
              local.get 28
              i32.const 3
              i32x4.shl
              local.get 28
              i32.const 0
              v128.load offset=656 align=1
              v128.and
              v128.or
              local.set 43
              local.get 42
              local.get 43
              i8x16.shuffle 2 3 18 19 6 7 22 23 10 11 26 27 14 15 30 31
              local.set 23
              local.get 15
              local.get 12
              i32.const 1
              i32.shl
              i32.const 1
              i32.shl
              i32.add
              local.get 23
              v128.store align=1
              local.get 12
              i32.const 4
              i32.add
              local.set 12
              local.get 12
              local.get 2
              i32.ge_u
              i32.eqz
              br_if 0 (;@5;)
            end
          end
          local.get 44
          i32.const 0
          v128.load offset=736 align=1
          i32x4.lt_u
          local.get 45
          i32.const 0
          v128.load offset=752 align=1
          i32x4.ge_u
          v128.and
          i32x4.all_true
          i32.eqz
          if  ;; label = @4
            i32.const 0
            local.set 12
            block  ;; label = @5
              local.get 12
              local.get 2
              i32.ge_u
              br_if 0 (;@5;)
              loop  ;; label = @6
                local.get 14
                local.get 12
                i32.const 1
                i32.shl
                i32.const 1
                i32.shl
                i32.add
                v128.load align=1
                local.set 23
                local.get 23
                i32.const 16
                i32x4.shl
                local.set 17
                local.get 23
                i32.const 0
                v128.load offset=464 align=1
                v128.and
                local.set 18
                local.get 17
                i32.const 3
                i32x4.shr_s
                i32.const 0
                v128.load offset=976 align=1
                v128.and
                i32.const 0
                v128.load offset=864 align=1
                f32x4.mul
                local.set 17
                local.get 18
                i32.const 3
                i32x4.shr_s
                i32.const 0
                v128.load offset=976 align=1
                v128.and
                i32.const 0
                v128.load offset=864 align=1
                f32x4.mul
                local.set 18
                local.get 16
                local.get 12
                i32.const 2
                i32.shl
                i32.add
                v128.load align=1
                local.set 19
                local.get 16
                local.get 6
                i32.add
                local.get 12
                i32.const 2
                i32.shl
                i32.add
                v128.load align=1
                local.set 20
                local.get 17
                f64x2.promote_low_f32x4
                local.set 34
                local.get 17
                local.get 17
                i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
                f64x2.promote_low_f32x4
                local.set 35
                local.get 18
                f64x2.promote_low_f32x4
                local.set 36
                local.get 18
                local.get 18
                i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
                f64x2.promote_low_f32x4
                local.set 37
                local.get 19
                f64x2.promote_low_f32x4
                local.set 38
                local.get 19
                local.get 19
                i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
                f64x2.promote_low_f32x4
                local.set 39
                local.get 20
                f64x2.promote_low_f32x4
                local.set 40
                local.get 20
                local.get 20
                i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
                f64x2.promote_low_f32x4
                local.set 41
                local.get 34
                local.get 38
                f64x2.mul
                local.get 36
                local.get 40
                f64x2.mul
                f32x4.demote_f64x2_zero
                f64x2.promote_low_f32x4
                f64x2.sub
                f32x4.demote_f64x2_zero
                local.set 23
                local.get 34
                local.get 40
                f64x2.mul
                local.get 36
                local.get 38
                f64x2.mul
                f32x4.demote_f64x2_zero
                f64x2.promote_low_f32x4
                f64x2.add
                f32x4.demote_f64x2_zero
                local.set 24
                local.get 35
                local.get 39
                f64x2.mul
                local.get 37
                local.get 41
                f64x2.mul
                f32x4.demote_f64x2_zero
                f64x2.promote_low_f32x4
                f64x2.sub
                f32x4.demote_f64x2_zero
                local.set 25
                local.get 35
                local.get 41
                f64x2.mul
                local.get 37
                local.get 39
                f64x2.mul
                f32x4.demote_f64x2_zero
                f64x2.promote_low_f32x4
                f64x2.add
                f32x4.demote_f64x2_zero
                local.set 26
                local.get 23
                local.get 25
                i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
                local.set 21
                local.get 24
                local.get 26
                i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
                local.set 22
                local.get 21
                i32.const 0
                v128.load offset=832 align=1
                v128.and
                local.set 28
                local.get 28
                i32.const 0
                v128.load offset=848 align=1
                i32x4.min_u
                local.set 27
                local.get 28
                i32.const 0
                v128.load offset=640 align=1
                f32x4.add
                i32.const 0
                v128.load offset=640 align=1
                i32x4.sub
                local.get 27
                i32.const 0
                v128.load offset=800 align=1
                i32x4.add
                local.get 27
                i32.const 13
                i32x4.shr_u
                i32.const 0
                v128.load offset=432 align=1
                v128.and
                i32x4.add
                i32.const 13
                i32x4.shr_u
                local.get 28
                i32.const 0
                v128.load offset=672 align=1
                i32x4.lt_s
                v128.bitselect
                local.get 21
                i32.const 16
                i32x4.shr_u
                i32.const 0
                v128.load offset=816 align=1
                v128.and
                v128.or
                local.set 42
                local.get 22
                i32.const 0
                v128.load offset=832 align=1
                v128.and
                local.set 28
                local.get 28
                i32.const 0
                v128.load offset=848 align=1
                i32x4.min_u
                local.set 27
                local.get 28
                i32.const 0
                v128.load offset=640 align=1
                f32x4.add
                i32.const 0
                v128.load offset=640 align=1
                i32x4.sub
                local.get 27
                i32.const 0
                v128.load offset=800 align=1
                i32x4.add
                local.get 27
                i32.const 13
                i32x4.shr_u
                i32.const 0
                v128.load offset=432 align=1
                v128.and
                i32x4.add
                i32.const 13
                i32x4.shr_u
                local.get 28
                i32.const 0
                v128.load offset=672 align=1
                i32x4.lt_s
                v128.bitselect
                local.get 22
                i32.const 16
                i32x4.shr_u
                i32.const 0
                v128.load offset=816 align=1
                v128.and
                v128.or
                local.set 43
                local.get 15
                local.get 12
                i32.const 1
                i32.shl
                i32.const 1
                i32.shl
                i32.add
                local.get 42
                local.get 43
                i32.const 16
                i32x4.shl
                v128.or
                v128.store align=1
                local.get 12
                i32.const 4
                i32.add
                local.set 12
                local.get 12
                local.get 2
                i32.ge_u
                i32.eqz
                br_if 0 (;@6;)
              end
            end
          end
          local.get 29
          i32.const 0
          v128.load offset=960 align=1
          i16x8.lt_u
          i16x8.all_true
          i32.eqz
          if  ;; label = @4
            local.get 7
            local.get 13
            i32.const 2
            i32.shl
            i32.add
            local.get 11
            i32.store
            local.get 13
            i32.const 1
            i32.add
            local.set 13
          end
          local.get 11
          i32.const 1
          i32.add
          local.set 11
          local.get 11
          local.get 0
          i32.ge_u
          i32.eqz
          br_if 0 (;@3;)
        end
      end
    end
    local.get 8
    i32.const 3
    i32.ne
    i32.eqz
    if  ;; label = @1
      i32.const 0
      local.set 11
      block  ;; label = @2
        local.get 11
        local.get 0
        i32.ge_u
        br_if 0 (;@2;)
        loop  ;; label = @3
          local.get 3
          local.get 11
          local.get 1
          i32.mul
          i32.const 1
          i32.shl
          i32.add
          local.set 14
          local.get 4
          local.get 11
          local.get 1
          i32.mul
          i32.const 1
          i32.shl
          i32.add
          local.set 15
          local.get 5
          local.get 11
          i32.const 2
          i32.shl
          i32.add
          i32.load
          local.set 16
          i32.const 0
          v128.load offset=400 align=1
          local.set 29
          i32.const 0
          v128.load offset=416 align=1
          local.set 30
          i32.const 0
          v128.load offset=400 align=1
          local.set 44
          i32.const 0
          v128.load offset=416 align=1
          local.set 45
          i32.const 0
          v128.load offset=416 align=1
          local.set 57
          i32.const 0
          local.set 12
          block  ;; label = @4
            local.get 12
            local.get 2
            i32.ge_u
            br_if 0 (;@4;)
            loop  ;; label = @5
              local.get 14
              local.get 12
              i32.const 1
              i32.shl
              i32.const 1
              i32.shl
              i32.add
              v128.load align=1
              local.set 23
              local.get 23
              i32.const 16
              i32x4.shl
              local.set 17
              local.get 23
              i32.const 0
              v128.load offset=464 align=1
              v128.and
              local.set 18
              local.get 17
              i32.const 3
              i32x4.shr_s
              i32.const 0
              v128.load offset=976 align=1
              v128.and
              i32.const 0
              v128.load offset=864 align=1
              f32x4.mul
              local.set 17
              local.get 18
              i32.const 3
              i32x4.shr_s
              i32.const 0
              v128.load offset=976 align=1
              v128.and
              i32.const 0
              v128.load offset=864 align=1
              f32x4.mul
              local.set 18
              local.get 23
              i32.const 1
              i16x8.shl
              local.set 27
              local.get 29
              local.get 27
              i16x8.max_u
              local.set 29
              local.get 16
              local.get 12
              i32.const 2
              i32.shl
              i32.add
              v128.load align=1
              local.set 19
              local.get 16
              local.get 6
              i32.add
              local.get 12
              i32.const 2
              i32.shl
              i32.add
              v128.load align=1
              local.set 20
              local.get 17
              f64x2.promote_low_f32x4
              local.set 34
              local.get 17
              local.get 17
              i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
              f64x2.promote_low_f32x4
              local.set 35
              local.get 18
              f64x2.promote_low_f32x4
              local.set 36
              local.get 18
              local.get 18
              i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
              f64x2.promote_low_f32x4
              local.set 37
              local.get 19
              f64x2.promote_low_f32x4
              local.set 38
              local.get 19
              local.get 19
              i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
              f64x2.promote_low_f32x4
              local.set 39
              local.get 20
              f64x2.promote_low_f32x4
              local.set 40
              local.get 20
              local.get 20
              i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
              f64x2.promote_low_f32x4
              local.set 41
              local.get 34
              local.get 38
              f64x2.mul
              f32x4.demote_f64x2_zero
              f64x2.promote_low_f32x4
              local.get 36
              local.get 40
              f64x2.mul
              f64x2.sub
              f32x4.demote_f64x2_zero
              local.set 23
              local.get 34
              local.get 40
              f64x2.mul
              f32x4.demote_f64x2_zero
              f64x2.promote_low_f32x4
              local.get 36
              local.get 38
              f64x2.mul
              f64x2.add
              f32x4.demote_f64x2_zero
              local.set 24
              local.get 35
              local.get 39
              f64x2.mul
              f32x4.demote_f64x2_zero
              f64x2.promote_low_f32x4
              local.get 37
              local.get 41
              f64x2.mul
              f64x2.sub
              f32x4.demote_f64x2_zero
              local.set 25
              local.get 35
              local.get 41
              f64x2.mul
              f32x4.demote_f64x2_zero
              f64x2.promote_low_f32x4
              local.get 37
              local.get 39
              f64x2.mul
              f64x2.add
              f32x4.demote_f64x2_zero
              local.set 26
              local.get 23
              local.get 25
              i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
              local.set 21
              local.get 24
              local.get 26
              i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
              local.set 22
              local.get 21
              i32.const 1
              i32x4.shl
              local.set 27
              local.get 44
              local.get 27
              i32x4.max_u
              local.set 44
              local.get 45
              local.get 27
              i32.const 0
              v128.load offset=432 align=1
              i32x4.sub
              i32x4.min_u
              local.set 45
              local.get 22
              i32.const 1
              i32x4.shl
              local.set 27
              local.get 44
              local.get 27
              i32x4.max_u
              local.set 44
              local.get 45
              local.get 27
              i32.const 0
              v128.load offset=432 align=1
              i32x4.sub
              i32x4.min_u
              local.set 45
              local.get 21
              i32.const 0
              v128.load offset=384 align=1
              f32x4.mul
              local.set 28
              local.get 28
              local.get 28
              local.get 21
              f32x4.sub
              f32x4.sub
              i32.const 0
              v128.load offset=992 align=1
              f32x4.mul
              local.set 28
              local.get 28
              i32.const 3
              i32x4.shl
              local.get 28
              i32.const 0
              v128.load offset=656 align=1
              v128.and
              v128.or
              local.set 42
              local.get 22
              i32.const 0
              v128.load offset=384 align=1
              f32x4.mul
              local.set 28
              local.get 28
              local.get 28
              local.get 22
              f32x4.sub
              f32x4.sub
              i32.const 0
              v128.load offset=992 align=1
              f32x4.mul
              local.set 28
              local.get 28
              i32.const 3
              i32x4.shl
              local.get 28
              i32.const 0
              v128.load offset=656 align=1
              v128.and
              v128.or
              local.set 43
              local.get 42
              local.get 43
              i8x16.shuffle 2 3 18 19 6 7 22 23 10 11 26 27 14 15 30 31
              local.set 23
              local.get 15
              local.get 12
              i32.const 1
              i32.shl
              i32.const 1
              i32.shl
              i32.add
              local.get 23
              v128.store align=1
              local.get 12
              i32.const 4
              i32.add
              local.set 12
              local.get 12
              local.get 2
              i32.ge_u
              i32.eqz
              br_if 0 (;@5;)
            end
          end
          local.get 44
          i32.const 0
          v128.load offset=736 align=1
          i32x4.lt_u
          local.get 45
          i32.const 0
          v128.load offset=752 align=1
          i32x4.ge_u
          v128.and
          i32x4.all_true
          i32.eqz
          if  ;; label = @4
            i32.const 0
            local.set 12
            block  ;; label = @5
              local.get 12
              local.get 2
              i32.ge_u
              br_if 0 (;@5;)
              loop  ;; label = @6
                local.get 14
                local.get 12
                i32.const 1
                i32.shl
                i32.const 1
                i32.shl
                i32.add
                v128.load align=1
                local.set 23
                local.get 23
                i32.const 16
                i32x4.shl
                local.set 17
                local.get 23
                i32.const 0
                v128.load offset=464 align=1
                v128.and
                local.set 18
                local.get 17
                i32.const 3
                i32x4.shr_s
                i32.const 0
                v128.load offset=976 align=1
                v128.and
                i32.const 0
                v128.load offset=864 align=1
                f32x4.mul
                local.set 17
                local.get 18
                i32.const 3
                i32x4.shr_s
                i32.const 0
                v128.load offset=976 align=1
                v128.and
                i32.const 0
                v128.load offset=864 align=1
                f32x4.mul
                local.set 18
                local.get 16
                local.get 12
                i32.const 2
                i32.shl
                i32.add
                v128.load align=1
                local.set 19
                local.get 16
                local.get 6
                i32.add
                local.get 12
                i32.const 2
                i32.shl
                i32.add
                v128.load align=1
                local.set 20
                local.get 17
                f64x2.promote_low_f32x4
                local.set 34
                local.get 17
                local.get 17
                i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
                f64x2.promote_low_f32x4
                local.set 35
                local.get 18
                f64x2.promote_low_f32x4
                local.set 36
                local.get 18
                local.get 18
                i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
                f64x2.promote_low_f32x4
                local.set 37
                local.get 19
                f64x2.promote_low_f32x4
                local.set 38
                local.get 19
                local.get 19
                i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
                f64x2.promote_low_f32x4
                local.set 39
                local.get 20
                f64x2.promote_low_f32x4
                local.set 40
                local.get 20
                local.get 20
                i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
                f64x2.promote_low_f32x4
                local.set 41
                local.get 34
                local.get 38
                f64x2.mul
                f32x4.demote_f64x2_zero
                f64x2.promote_low_f32x4
                local.get 36
                local.get 40
                f64x2.mul
                f64x2.sub
                f32x4.demote_f64x2_zero
                local.set 23
                local.get 34
                local.get 40
                f64x2.mul
                f32x4.demote_f64x2_zero
                f64x2.promote_low_f32x4
                local.get 36
                local.get 38
                f64x2.mul
                f64x2.add
                f32x4.demote_f64x2_zero
                local.set 24
                local.get 35
                local.get 39
                f64x2.mul
                f32x4.demote_f64x2_zero
                f64x2.promote_low_f32x4
                local.get 37
                local.get 41
                f64x2.mul
                f64x2.sub
                f32x4.demote_f64x2_zero
                local.set 25
                local.get 35
                local.get 41
                f64x2.mul
                f32x4.demote_f64x2_zero
                f64x2.promote_low_f32x4
                local.get 37
                local.get 39
                f64x2.mul
                f64x2.add
                f32x4.demote_f64x2_zero
                local.set 26
                local.get 23
                local.get 25
                i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
                local.set 21
                local.get 24
                local.get 26
                i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
                local.set 22
                local.get 21
                i32.const 0
                v128.load offset=832 align=1
                v128.and
                local.set 28
                local.get 28
                i32.const 0
                v128.load offset=848 align=1
                i32x4.min_u
                local.set 27
                local.get 28
                i32.const 0
                v128.load offset=640 align=1
                f32x4.add
                i32.const 0
                v128.load offset=640 align=1
                i32x4.sub
                local.get 27
                i32.const 0
                v128.load offset=800 align=1
                i32x4.add
                local.get 27
                i32.const 13
                i32x4.shr_u
                i32.const 0
                v128.load offset=432 align=1
                v128.and
                i32x4.add
                i32.const 13
                i32x4.shr_u
                local.get 28
                i32.const 0
                v128.load offset=672 align=1
                i32x4.lt_s
                v128.bitselect
                local.get 21
                i32.const 16
                i32x4.shr_u
                i32.const 0
                v128.load offset=816 align=1
                v128.and
                v128.or
                local.set 42
                local.get 22
                i32.const 0
                v128.load offset=832 align=1
                v128.and
                local.set 28
                local.get 28
                i32.const 0
                v128.load offset=848 align=1
                i32x4.min_u
                local.set 27
                local.get 28
                i32.const 0
                v128.load offset=640 align=1
                f32x4.add
                i32.const 0
                v128.load offset=640 align=1
                i32x4.sub
                local.get 27
                i32.const 0
                v128.load offset=800 align=1
                i32x4.add
                local.get 27
                i32.const 13
                i32x4.shr_u
                i32.const 0
                v128.load offset=432 align=1
                v128.and
                i32x4.add
                i32.const 13
                i32x4.shr_u
                local.get 28
                i32.const 0
                v128.load offset=672 align=1
                i32x4.lt_s
                v128.bitselect
                local.get 22
                i32.const 16
                i32x4.shr_u
                i32.const 0
                v128.load offset=816 align=1
                v128.and
                v128.or
                local.set 43
                local.get 15
                local.get 12
                i32.const 1
                i32.shl
                i32.const 1
                i32.shl
                i32.add
                local.get 42
                local.get 43
                i32.const 16
                i32x4.shl
                v128.or
                v128.store align=1
                local.get 12
                i32.const 4
                i32.add
                local.set 12
                local.get 12
                local.get 2
                i32.ge_u
                i32.eqz
                br_if 0 (;@6;)
              end
            end
          end
          local.get 29
          i32.const 0
          v128.load offset=960 align=1
          i16x8.lt_u
          i16x8.all_true
          i32.eqz
          if  ;; label = @4
            local.get 7
            local.get 13
            i32.const 2
            i32.shl
            i32.add
            local.get 11
            i32.store
            local.get 13
            i32.const 1
            i32.add
            local.set 13
          end
          local.get 11
          i32.const 1
          i32.add
          local.set 11
          local.get 11
          local.get 0
          i32.ge_u
          i32.eqz
          br_if 0 (;@3;)
        end
      end
    end
    local.get 13)
  (func (;22;) (type 22) (param i32 i32 i32)
    (local i32 v128 v128 v128 v128)
    i32.const 0
    local.set 3
    block  ;; label = @1
      local.get 3
      local.get 1
      i32.ge_u
      br_if 0 (;@1;)
      loop  ;; label = @2
        local.get 0
        local.get 3
        i32.const 2
        i32.shl
        i32.add
        v128.load align=1
        local.set 4
        local.get 4
        i32.const 0
        v128.load offset=832 align=1
        v128.and
        local.set 6
        local.get 6
        i32.const 0
        v128.load offset=848 align=1
        i32x4.min_u
        local.set 7
        local.get 6
        i32.const 0
        v128.load offset=640 align=1
        f32x4.add
        i32.const 0
        v128.load offset=640 align=1
        i32x4.sub
        local.get 7
        i32.const 0
        v128.load offset=800 align=1
        i32x4.add
        local.get 7
        i32.const 13
        i32x4.shr_u
        i32.const 0
        v128.load offset=432 align=1
        v128.and
        i32x4.add
        i32.const 13
        i32x4.shr_u
        local.get 6
        i32.const 0
        v128.load offset=672 align=1
        i32x4.lt_s
        v128.bitselect
        local.get 4
        i32.const 16
        i32x4.shr_u
        i32.const 0
        v128.load offset=816 align=1
        v128.and
        v128.or
        local.set 4
        local.get 0
        local.get 3
        i32.const 2
        i32.shl
        i32.add
        v128.load offset=16 align=1
        local.set 5
        local.get 5
        i32.const 0
        v128.load offset=832 align=1
        v128.and
        local.set 6
        local.get 6
        i32.const 0
        v128.load offset=848 align=1
        i32x4.min_u
        local.set 7
        local.get 6
        i32.const 0
        v128.load offset=640 align=1
        f32x4.add
        i32.const 0
        v128.load offset=640 align=1
        i32x4.sub
        local.get 7
        i32.const 0
        v128.load offset=800 align=1
        i32x4.add
        local.get 7
        i32.const 13
        i32x4.shr_u
        i32.const 0
        v128.load offset=432 align=1
        v128.and
        i32x4.add
        i32.const 13
        i32x4.shr_u
        local.get 6
        i32.const 0
        v128.load offset=672 align=1
        i32x4.lt_s
        v128.bitselect
        local.get 5
        i32.const 16
        i32x4.shr_u
        i32.const 0
        v128.load offset=816 align=1
        v128.and
        v128.or
        local.set 5
        local.get 2
        local.get 3
        i32.const 1
        i32.shl
        i32.add
        local.get 4
        local.get 5
        i16x8.narrow_i32x4_u
        v128.store align=1
        local.get 3
        i32.const 8
        i32.add
        local.set 3
        local.get 3
        local.get 1
        i32.ge_u
        i32.eqz
        br_if 0 (;@2;)
      end
    end)
  (func (;23;) (type 23) (param i32 i32 i32)
    (local i32 i32)
    i32.const 0
    local.set 3
    block  ;; label = @1
      local.get 3
      local.get 2
      i32.ge_u
      br_if 0 (;@1;)
      loop  ;; label = @2
        local.get 0
        local.get 3
        i32.const 2
        i32.shl
        i32.add
        local.set 4
        local.get 4
        local.get 4
        v128.load align=1
        i32.const 0
        v128.load offset=864 align=1
        f32x4.mul
        v128.store align=1
        local.get 4
        local.get 1
        i32.add
        local.get 4
        local.get 1
        i32.add
        v128.load align=1
        i32.const 0
        v128.load offset=864 align=1
        f32x4.mul
        v128.store align=1
        local.get 3
        i32.const 4
        i32.add
        local.set 3
        local.get 3
        local.get 2
        i32.ge_u
        i32.eqz
        br_if 0 (;@2;)
      end
    end)
  (func (;24;) (type 24) (param i32 i32 i32 i32 i32 i32 i32) (result i32)
    (local i32 i32 i32 i32 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 i32)
    i32.const 0
    v128.load offset=656 align=1
    local.set 36
    i32.const 0
    v128.load offset=48 align=1
    local.set 37
    i32.const 0
    v128.load offset=64 align=1
    local.set 38
    i32.const 0
    v128.load offset=80 align=1
    local.set 39
    i32.const 0
    v128.load offset=96 align=1
    local.set 40
    i32.const 0
    v128.load offset=112 align=1
    local.set 41
    i32.const 0
    v128.load offset=1040 align=1
    local.set 42
    i32.const 0
    v128.load offset=1056 align=1
    local.set 43
    i32.const 0
    v128.load offset=1072 align=1
    local.set 44
    i32.const 0
    v128.load offset=1088 align=1
    local.set 45
    i32.const 0
    v128.load offset=1104 align=1
    local.set 46
    i32.const 0
    v128.load offset=1120 align=1
    local.set 47
    i32.const 0
    v128.load offset=1136 align=1
    local.set 48
    i32.const 0
    v128.load offset=1152 align=1
    local.set 49
    i32.const 0
    v128.load offset=1168 align=1
    local.set 50
    i32.const 0
    v128.load offset=1184 align=1
    local.set 51
    i32.const 0
    v128.load offset=1200 align=1
    local.set 52
    i32.const 0
    v128.load offset=1216 align=1
    local.set 53
    i32.const 0
    v128.load offset=1232 align=1
    local.set 54
    i32.const 0
    v128.load offset=816 align=1
    local.set 55
    i32.const 0
    v128.load offset=464 align=1
    local.set 56
    i32.const 0
    v128.load offset=1248 align=1
    local.set 57
    i32.const 0
    local.set 10
    i32.const 0
    local.set 9
    i32.const 0
    local.set 7
    block  ;; label = @1
      local.get 7
      local.get 3
      i32.ge_u
      br_if 0 (;@1;)
      loop  ;; label = @2
        local.get 2
        local.get 7
        i32.const 2
        i32.shl
        i32.add
        f32.load
        f32x4.splat
        local.set 11
        local.get 1
        i32.const -8
        i32.and
        local.set 81
        i32.const 0
        local.set 8
        block  ;; label = @3
          local.get 8
          local.get 81
          i32.ge_u
          br_if 0 (;@3;)
          loop  ;; label = @4
            local.get 11
            local.get 0
            local.get 8
            i32.const 2
            i32.shl
            i32.add
            v128.load align=1
            f32x4.mul
            local.set 12
            local.get 12
            f32x4.abs
            i32.const 0
            v128.load offset=1264 align=1
            f32x4.le
            local.set 35
            local.get 12
            f64x2.promote_low_f32x4
            local.set 13
            local.get 12
            local.get 12
            i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
            f64x2.promote_low_f32x4
            local.set 14
            local.get 11
            local.get 0
            local.get 8
            i32.const 4
            i32.add
            i32.const 2
            i32.shl
            i32.add
            v128.load align=1
            f32x4.mul
            local.set 12
            local.get 12
            f32x4.abs
            i32.const 0
            v128.load offset=1264 align=1
            f32x4.le
            local.set 80
            local.get 12
            f64x2.promote_low_f32x4
            local.set 58
            local.get 12
            local.get 12
            i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
            f64x2.promote_low_f32x4
            local.set 59
            local.get 13
            local.get 37
            f64x2.mul
            local.get 38
            f64x2.add
            local.set 15
            local.get 58
            local.get 37
            f64x2.mul
            local.get 38
            f64x2.add
            local.set 60
            local.get 15
            local.get 38
            f64x2.sub
            local.set 17
            local.get 60
            local.get 38
            f64x2.sub
            local.set 62
            local.get 13
            local.get 17
            local.get 39
            f64x2.mul
            f64x2.sub
            local.get 17
            local.get 40
            f64x2.mul
            f64x2.sub
            local.get 17
            local.get 41
            f64x2.mul
            f64x2.sub
            local.set 18
            local.get 58
            local.get 62
            local.get 39
            f64x2.mul
            f64x2.sub
            local.get 62
            local.get 40
            f64x2.mul
            f64x2.sub
            local.get 62
            local.get 41
            f64x2.mul
            f64x2.sub
            local.set 63
            local.get 14
            local.get 37
            f64x2.mul
            local.get 38
            f64x2.add
            local.set 16
            local.get 59
            local.get 37
            f64x2.mul
            local.get 38
            f64x2.add
            local.set 61
            local.get 16
            local.get 38
            f64x2.sub
            local.set 17
            local.get 61
            local.get 38
            f64x2.sub
            local.set 62
            local.get 14
            local.get 17
            local.get 39
            f64x2.mul
            f64x2.sub
            local.get 17
            local.get 40
            f64x2.mul
            f64x2.sub
            local.get 17
            local.get 41
            f64x2.mul
            f64x2.sub
            local.set 19
            local.get 59
            local.get 62
            local.get 39
            f64x2.mul
            f64x2.sub
            local.get 62
            local.get 40
            f64x2.mul
            f64x2.sub
            local.get 62
            local.get 41
            f64x2.mul
            f64x2.sub
            local.set 64
            local.get 18
            f32x4.demote_f64x2_zero
            local.get 19
            f32x4.demote_f64x2_zero
            i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
            local.get 42
            local.get 35
            v128.andnot
            v128.or
            local.set 21
            local.get 63
            f32x4.demote_f64x2_zero
            local.get 64
            f32x4.demote_f64x2_zero
            i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
            local.get 42
            local.get 80
            v128.andnot
            v128.or
            local.set 66
            local.get 15
            local.get 16
            i8x16.shuffle 0 1 2 3 8 9 10 11 16 17 18 19 24 25 26 27
            local.set 25
            local.get 60
            local.get 61
            i8x16.shuffle 0 1 2 3 8 9 10 11 16 17 18 19 24 25 26 27
            local.set 70
            local.get 4
            local.get 9
            local.get 8
            i32.add
            i32.const 0
            i32.add
            i32.const 2
            i32.shl
            i32.add
            local.get 21
            v128.store align=1
            local.get 5
            local.get 9
            local.get 8
            i32.add
            i32.const 0
            i32.add
            i32.const 2
            i32.shl
            i32.add
            local.get 25
            v128.store align=1
            local.get 4
            local.get 9
            local.get 8
            i32.add
            i32.const 4
            i32.add
            i32.const 2
            i32.shl
            i32.add
            local.get 66
            v128.store align=1
            local.get 5
            local.get 9
            local.get 8
            i32.add
            i32.const 4
            i32.add
            i32.const 2
            i32.shl
            i32.add
            local.get 70
            v128.store align=1
            local.get 8
            i32.const 8
            i32.add
            local.set 8
            local.get 8
            local.get 81
            i32.ge_u
            i32.eqz
            br_if 0 (;@4;)
          end
        end
        i32.const 0
        local.set 8
        block  ;; label = @3
          local.get 8
          local.get 81
          i32.ge_u
          br_if 0 (;@3;)
          loop  ;; label = @4
            local.get 4
            local.get 9
            local.get 8
            i32.add
            i32.const 0
            i32.add
            i32.const 2
            i32.shl
            i32.add
            v128.load align=1
            local.set 21
            local.get 5
            local.get 9
            local.get 8
            i32.add
            i32.const 0
            i32.add
            i32.const 2
            i32.shl
            i32.add
            v128.load align=1
            local.set 25
            local.get 4
            local.get 9
            local.get 8
            i32.add
            i32.const 4
            i32.add
            i32.const 2
            i32.shl
            i32.add
            v128.load align=1
            local.set 66
            local.get 5
            local.get 9
            local.get 8
            i32.add
            i32.const 4
            i32.add
            i32.const 2
            i32.shl
            i32.add
            v128.load align=1
            local.set 70
            local.get 21
            f32x4.abs
            local.get 43
            f32x4.ge
            local.set 20
            local.get 66
            f32x4.abs
            local.get 43
            f32x4.ge
            local.set 65
            local.get 21
            local.get 21
            f32x4.mul
            local.set 22
            local.get 66
            local.get 66
            f32x4.mul
            local.set 67
            local.get 21
            local.get 21
            local.get 22
            f32x4.mul
            local.get 47
            local.get 22
            local.get 46
            local.get 22
            local.get 45
            local.get 22
            local.get 44
            f32x4.mul
            f32x4.add
            f32x4.mul
            f32x4.add
            f32x4.mul
            f32x4.add
            f32x4.mul
            f32x4.add
            local.set 23
            local.get 66
            local.get 66
            local.get 67
            f32x4.mul
            local.get 47
            local.get 67
            local.get 46
            local.get 67
            local.get 45
            local.get 67
            local.get 44
            f32x4.mul
            f32x4.add
            f32x4.mul
            f32x4.add
            f32x4.mul
            f32x4.add
            f32x4.mul
            f32x4.add
            local.set 68
            local.get 48
            local.get 22
            local.get 52
            local.get 22
            local.get 51
            local.get 22
            local.get 50
            local.get 22
            local.get 49
            f32x4.mul
            f32x4.add
            f32x4.mul
            f32x4.add
            f32x4.mul
            f32x4.add
            f32x4.mul
            f32x4.add
            local.set 24
            local.get 48
            local.get 67
            local.get 52
            local.get 67
            local.get 51
            local.get 67
            local.get 50
            local.get 67
            local.get 49
            f32x4.mul
            f32x4.add
            f32x4.mul
            f32x4.add
            f32x4.mul
            f32x4.add
            f32x4.mul
            f32x4.add
            local.set 69
            local.get 25
            i32.const 31
            i32x4.shl
            local.set 32
            local.get 70
            i32.const 31
            i32x4.shl
            local.set 77
            local.get 32
            i32.const 31
            i32x4.shr_s
            local.set 26
            local.get 77
            i32.const 31
            i32x4.shr_s
            local.set 71
            local.get 25
            i32.const 30
            i32x4.shl
            local.get 36
            v128.and
            local.set 33
            local.get 70
            i32.const 30
            i32x4.shl
            local.get 36
            v128.and
            local.set 78
            local.get 23
            local.get 24
            v128.xor
            local.get 26
            v128.and
            local.set 34
            local.get 68
            local.get 69
            v128.xor
            local.get 71
            v128.and
            local.set 79
            local.get 24
            local.get 34
            local.get 33
            local.get 32
            v128.xor
            v128.xor
            v128.xor
            local.set 27
            local.get 69
            local.get 79
            local.get 78
            local.get 77
            v128.xor
            v128.xor
            v128.xor
            local.set 72
            local.get 23
            local.get 34
            local.get 33
            v128.xor
            v128.xor
            local.set 28
            local.get 68
            local.get 79
            local.get 78
            v128.xor
            v128.xor
            local.set 73
            local.get 27
            local.get 53
            i32x4.add
            local.get 54
            v128.and
            local.get 28
            local.get 53
            i32x4.add
            local.get 54
            v128.and
            i32x4.min_u
            local.get 20
            v128.and
            local.set 29
            local.get 72
            local.get 53
            i32x4.add
            local.get 54
            v128.and
            local.get 73
            local.get 53
            i32x4.add
            local.get 54
            v128.and
            i32x4.min_u
            local.get 65
            v128.and
            local.set 74
            local.get 27
            local.get 55
            i32x4.add
            local.get 56
            v128.and
            local.set 30
            local.get 72
            local.get 55
            i32x4.add
            local.get 56
            v128.and
            local.set 75
            local.get 28
            local.get 55
            i32x4.add
            local.get 56
            v128.and
            local.set 31
            local.get 73
            local.get 55
            i32x4.add
            local.get 56
            v128.and
            local.set 76
            local.get 4
            local.get 9
            local.get 8
            i32.add
            i32.const 0
            i32.add
            i32.const 2
            i32.shl
            i32.add
            local.get 30
            v128.store align=1
            local.get 5
            local.get 9
            local.get 8
            i32.add
            i32.const 0
            i32.add
            i32.const 2
            i32.shl
            i32.add
            local.get 31
            v128.store align=1
            local.get 29
            local.get 57
            i32x4.gt_s
            i32x4.all_true
            i32.eqz
            if  ;; label = @5
              local.get 6
              local.get 10
              i32.const 2
              i32.shl
              i32.add
              local.get 9
              local.get 8
              i32.add
              i32.const 0
              i32.add
              i32.store
              local.get 10
              i32.const 1
              i32.add
              local.set 10
            end
            local.get 4
            local.get 9
            local.get 8
            i32.add
            i32.const 4
            i32.add
            i32.const 2
            i32.shl
            i32.add
            local.get 75
            v128.store align=1
            local.get 5
            local.get 9
            local.get 8
            i32.add
            i32.const 4
            i32.add
            i32.const 2
            i32.shl
            i32.add
            local.get 76
            v128.store align=1
            local.get 74
            local.get 57
            i32x4.gt_s
            i32x4.all_true
            i32.eqz
            if  ;; label = @5
              local.get 6
              local.get 10
              i32.const 2
              i32.shl
              i32.add
              local.get 9
              local.get 8
              i32.add
              i32.const 4
              i32.add
              i32.store
              local.get 10
              i32.const 1
              i32.add
              local.set 10
            end
            local.get 8
            i32.const 8
            i32.add
            local.set 8
            local.get 8
            local.get 81
            i32.ge_u
            i32.eqz
            br_if 0 (;@4;)
          end
        end
        local.get 81
        local.set 8
        block  ;; label = @3
          local.get 8
          local.get 1
          i32.ge_u
          br_if 0 (;@3;)
          loop  ;; label = @4
            local.get 11
            local.get 0
            local.get 8
            i32.const 2
            i32.shl
            i32.add
            v128.load align=1
            f32x4.mul
            local.set 12
            local.get 12
            f32x4.abs
            i32.const 0
            v128.load offset=1264 align=1
            f32x4.le
            local.set 35
            local.get 12
            f64x2.promote_low_f32x4
            local.set 13
            local.get 12
            local.get 12
            i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
            f64x2.promote_low_f32x4
            local.set 14
            local.get 13
            local.get 37
            f64x2.mul
            local.get 38
            f64x2.add
            local.set 15
            local.get 15
            local.get 38
            f64x2.sub
            local.set 17
            local.get 13
            local.get 17
            local.get 39
            f64x2.mul
            f64x2.sub
            local.get 17
            local.get 40
            f64x2.mul
            f64x2.sub
            local.get 17
            local.get 41
            f64x2.mul
            f64x2.sub
            local.set 18
            local.get 14
            local.get 37
            f64x2.mul
            local.get 38
            f64x2.add
            local.set 16
            local.get 16
            local.get 38
            f64x2.sub
            local.set 17
            local.get 14
            local.get 17
            local.get 39
            f64x2.mul
            f64x2.sub
            local.get 17
            local.get 40
            f64x2.mul
            f64x2.sub
            local.get 17
            local.get 41
            f64x2.mul
            f64x2.sub
            local.set 19
            local.get 18
            f32x4.demote_f64x2_zero
            local.get 19
            f32x4.demote_f64x2_zero
            i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
            local.get 42
            local.get 35
            v128.andnot
            v128.or
            local.set 21
            local.get 15
            local.get 16
            i8x16.shuffle 0 1 2 3 8 9 10 11 16 17 18 19 24 25 26 27
            local.set 25
            local.get 21
            f32x4.abs
            local.get 43
            f32x4.ge
            local.set 20
            local.get 21
            local.get 21
            f32x4.mul
            local.set 22
            local.get 21
            local.get 21
            local.get 22
            f32x4.mul
            local.get 47
            local.get 22
            local.get 46
            local.get 22
            local.get 45
            local.get 22
            local.get 44
            f32x4.mul
            f32x4.add
            f32x4.mul
            f32x4.add
            f32x4.mul
            f32x4.add
            f32x4.mul
            f32x4.add
            local.set 23
            local.get 48
            local.get 22
            local.get 52
            local.get 22
            local.get 51
            local.get 22
            local.get 50
            local.get 22
            local.get 49
            f32x4.mul
            f32x4.add
            f32x4.mul
            f32x4.add
            f32x4.mul
            f32x4.add
            f32x4.mul
            f32x4.add
            local.set 24
            local.get 25
            i32.const 31
            i32x4.shl
            local.set 32
            local.get 32
            i32.const 31
            i32x4.shr_s
            local.set 26
            local.get 25
            i32.const 30
            i32x4.shl
            local.get 36
            v128.and
            local.set 33
            local.get 23
            local.get 24
            v128.xor
            local.get 26
            v128.and
            local.set 34
            local.get 24
            local.get 34
            local.get 33
            local.get 32
            v128.xor
            v128.xor
            v128.xor
            local.set 27
            local.get 23
            local.get 34
            local.get 33
            v128.xor
            v128.xor
            local.set 28
            local.get 27
            local.get 53
            i32x4.add
            local.get 54
            v128.and
            local.get 28
            local.get 53
            i32x4.add
            local.get 54
            v128.and
            i32x4.min_u
            local.get 20
            v128.and
            local.set 29
            local.get 27
            local.get 55
            i32x4.add
            local.get 56
            v128.and
            local.set 30
            local.get 28
            local.get 55
            i32x4.add
            local.get 56
            v128.and
            local.set 31
            local.get 4
            local.get 9
            local.get 8
            i32.add
            i32.const 0
            i32.add
            i32.const 2
            i32.shl
            i32.add
            local.get 30
            v128.store align=1
            local.get 5
            local.get 9
            local.get 8
            i32.add
            i32.const 0
            i32.add
            i32.const 2
            i32.shl
            i32.add
            local.get 31
            v128.store align=1
            local.get 29
            local.get 57
            i32x4.gt_s
            i32x4.all_true
            i32.eqz
            if  ;; label = @5
              local.get 6
              local.get 10
              i32.const 2
              i32.shl
              i32.add
              local.get 9
              local.get 8
              i32.add
              i32.const 0
              i32.add
              i32.store
              local.get 10
              i32.const 1
              i32.add
              local.set 10
            end
            local.get 8
            i32.const 4
            i32.add
            local.set 8
            local.get 8
            local.get 1
            i32.ge_u
            i32.eqz
            br_if 0 (;@4;)
          end
        end
        local.get 9
        local.get 1
        i32.add
        local.set 9
        local.get 7
        i32.const 1
        i32.add
        local.set 7
        local.get 7
        local.get 3
        i32.ge_u
        i32.eqz
        br_if 0 (;@2;)
      end
    end
    local.get 10)
  (func (;25;) (type 25) (param i32 i32 i32 i32 i32) (result i32)
    (local i32 i32 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 i32)
    i32.const 0
    v128.load offset=656 align=1
    local.set 29
    i32.const 0
    v128.load offset=48 align=1
    local.set 30
    i32.const 0
    v128.load offset=64 align=1
    local.set 31
    i32.const 0
    v128.load offset=80 align=1
    local.set 32
    i32.const 0
    v128.load offset=96 align=1
    local.set 33
    i32.const 0
    v128.load offset=112 align=1
    local.set 34
    i32.const 0
    v128.load offset=1040 align=1
    local.set 35
    i32.const 0
    v128.load offset=32 align=1
    local.set 36
    i32.const 0
    v128.load offset=1056 align=1
    local.set 37
    i32.const 0
    v128.load offset=1072 align=1
    local.set 38
    i32.const 0
    v128.load offset=1088 align=1
    local.set 39
    i32.const 0
    v128.load offset=1104 align=1
    local.set 40
    i32.const 0
    v128.load offset=1120 align=1
    local.set 41
    i32.const 0
    v128.load offset=1136 align=1
    local.set 42
    i32.const 0
    v128.load offset=1152 align=1
    local.set 43
    i32.const 0
    v128.load offset=1168 align=1
    local.set 44
    i32.const 0
    v128.load offset=1184 align=1
    local.set 45
    i32.const 0
    v128.load offset=1200 align=1
    local.set 46
    i32.const 0
    v128.load offset=1216 align=1
    local.set 47
    i32.const 0
    v128.load offset=1232 align=1
    local.set 48
    i32.const 0
    v128.load offset=816 align=1
    local.set 49
    i32.const 0
    v128.load offset=464 align=1
    local.set 50
    i32.const 0
    v128.load offset=1248 align=1
    local.set 51
    i32.const 0
    local.set 6
    local.get 1
    i32.const -8
    i32.and
    local.set 74
    i32.const 0
    local.set 5
    block  ;; label = @1
      local.get 5
      local.get 74
      i32.ge_u
      br_if 0 (;@1;)
      loop  ;; label = @2
        local.get 0
        local.get 5
        i32.const 3
        i32.shl
        i32.add
        v128.load align=1
        local.set 7
        local.get 0
        local.get 5
        i32.const 3
        i32.shl
        i32.add
        v128.load offset=16 align=1
        local.set 8
        local.get 0
        local.get 5
        i32.const 4
        i32.add
        i32.const 3
        i32.shl
        i32.add
        v128.load align=1
        local.set 52
        local.get 0
        local.get 5
        i32.const 4
        i32.add
        i32.const 3
        i32.shl
        i32.add
        v128.load offset=16 align=1
        local.set 53
        local.get 7
        local.get 30
        f64x2.mul
        local.get 31
        f64x2.add
        local.set 9
        local.get 52
        local.get 30
        f64x2.mul
        local.get 31
        f64x2.add
        local.set 54
        local.get 9
        local.get 31
        f64x2.sub
        local.set 11
        local.get 54
        local.get 31
        f64x2.sub
        local.set 56
        local.get 7
        local.get 11
        local.get 32
        f64x2.mul
        f64x2.sub
        local.get 11
        local.get 33
        f64x2.mul
        f64x2.sub
        local.get 11
        local.get 34
        f64x2.mul
        f64x2.sub
        local.set 12
        local.get 52
        local.get 56
        local.get 32
        f64x2.mul
        f64x2.sub
        local.get 56
        local.get 33
        f64x2.mul
        f64x2.sub
        local.get 56
        local.get 34
        f64x2.mul
        f64x2.sub
        local.set 57
        local.get 8
        local.get 30
        f64x2.mul
        local.get 31
        f64x2.add
        local.set 10
        local.get 53
        local.get 30
        f64x2.mul
        local.get 31
        f64x2.add
        local.set 55
        local.get 10
        local.get 31
        f64x2.sub
        local.set 11
        local.get 55
        local.get 31
        f64x2.sub
        local.set 56
        local.get 8
        local.get 11
        local.get 32
        f64x2.mul
        f64x2.sub
        local.get 11
        local.get 33
        f64x2.mul
        f64x2.sub
        local.get 11
        local.get 34
        f64x2.mul
        f64x2.sub
        local.set 13
        local.get 53
        local.get 56
        local.get 32
        f64x2.mul
        f64x2.sub
        local.get 56
        local.get 33
        f64x2.mul
        f64x2.sub
        local.get 56
        local.get 34
        f64x2.mul
        f64x2.sub
        local.set 58
        local.get 12
        f32x4.demote_f64x2_zero
        local.get 13
        f32x4.demote_f64x2_zero
        i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
        local.get 35
        local.get 7
        f64x2.abs
        local.get 36
        f64x2.le
        local.get 8
        f64x2.abs
        local.get 36
        f64x2.le
        i8x16.shuffle 0 1 2 3 8 9 10 11 16 17 18 19 24 25 26 27
        v128.andnot
        v128.or
        local.set 15
        local.get 57
        f32x4.demote_f64x2_zero
        local.get 58
        f32x4.demote_f64x2_zero
        i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
        local.get 35
        local.get 52
        f64x2.abs
        local.get 36
        f64x2.le
        local.get 53
        f64x2.abs
        local.get 36
        f64x2.le
        i8x16.shuffle 0 1 2 3 8 9 10 11 16 17 18 19 24 25 26 27
        v128.andnot
        v128.or
        local.set 60
        local.get 9
        local.get 10
        i8x16.shuffle 0 1 2 3 8 9 10 11 16 17 18 19 24 25 26 27
        local.set 19
        local.get 54
        local.get 55
        i8x16.shuffle 0 1 2 3 8 9 10 11 16 17 18 19 24 25 26 27
        local.set 64
        local.get 15
        f32x4.abs
        local.get 37
        f32x4.ge
        local.set 14
        local.get 60
        f32x4.abs
        local.get 37
        f32x4.ge
        local.set 59
        local.get 15
        local.get 15
        f32x4.mul
        local.set 16
        local.get 60
        local.get 60
        f32x4.mul
        local.set 61
        local.get 15
        local.get 15
        local.get 16
        f32x4.mul
        local.get 41
        local.get 16
        local.get 40
        local.get 16
        local.get 39
        local.get 16
        local.get 38
        f32x4.mul
        f32x4.add
        f32x4.mul
        f32x4.add
        f32x4.mul
        f32x4.add
        f32x4.mul
        f32x4.add
        local.set 17
        local.get 60
        local.get 60
        local.get 61
        f32x4.mul
        local.get 41
        local.get 61
        local.get 40
        local.get 61
        local.get 39
        local.get 61
        local.get 38
        f32x4.mul
        f32x4.add
        f32x4.mul
        f32x4.add
        f32x4.mul
        f32x4.add
        f32x4.mul
        f32x4.add
        local.set 62
        local.get 42
        local.get 16
        local.get 46
        local.get 16
        local.get 45
        local.get 16
        local.get 44
        local.get 16
        local.get 43
        f32x4.mul
        f32x4.add
        f32x4.mul
        f32x4.add
        f32x4.mul
        f32x4.add
        f32x4.mul
        f32x4.add
        local.set 18
        local.get 42
        local.get 61
        local.get 46
        local.get 61
        local.get 45
        local.get 61
        local.get 44
        local.get 61
        local.get 43
        f32x4.mul
        f32x4.add
        f32x4.mul
        f32x4.add
        f32x4.mul
        f32x4.add
        f32x4.mul
        f32x4.add
        local.set 63
        local.get 19
        i32.const 31
        i32x4.shl
        local.set 26
        local.get 64
        i32.const 31
        i32x4.shl
        local.set 71
        local.get 26
        i32.const 31
        i32x4.shr_s
        local.set 20
        local.get 71
        i32.const 31
        i32x4.shr_s
        local.set 65
        local.get 19
        i32.const 30
        i32x4.shl
        local.get 29
        v128.and
        local.set 27
        local.get 64
        i32.const 30
        i32x4.shl
        local.get 29
        v128.and
        local.set 72
        local.get 17
        local.get 18
        v128.xor
        local.get 20
        v128.and
        local.set 28
        local.get 62
        local.get 63
        v128.xor
        local.get 65
        v128.and
        local.set 73
        local.get 18
        local.get 28
        local.get 27
        local.get 26
        v128.xor
        v128.xor
        v128.xor
        local.set 21
        local.get 63
        local.get 73
        local.get 72
        local.get 71
        v128.xor
        v128.xor
        v128.xor
        local.set 66
        local.get 17
        local.get 28
        local.get 27
        v128.xor
        v128.xor
        local.set 22
        local.get 62
        local.get 73
        local.get 72
        v128.xor
        v128.xor
        local.set 67
        local.get 21
        local.get 47
        i32x4.add
        local.get 48
        v128.and
        local.get 22
        local.get 47
        i32x4.add
        local.get 48
        v128.and
        i32x4.min_u
        local.get 14
        v128.and
        local.set 23
        local.get 66
        local.get 47
        i32x4.add
        local.get 48
        v128.and
        local.get 67
        local.get 47
        i32x4.add
        local.get 48
        v128.and
        i32x4.min_u
        local.get 59
        v128.and
        local.set 68
        local.get 21
        local.get 49
        i32x4.add
        local.get 50
        v128.and
        local.set 24
        local.get 66
        local.get 49
        i32x4.add
        local.get 50
        v128.and
        local.set 69
        local.get 22
        local.get 49
        i32x4.add
        local.get 50
        v128.and
        local.set 25
        local.get 67
        local.get 49
        i32x4.add
        local.get 50
        v128.and
        local.set 70
        local.get 2
        i32.const 0
        local.get 5
        i32.add
        i32.const 0
        i32.add
        i32.const 2
        i32.shl
        i32.add
        local.get 24
        v128.store align=1
        local.get 3
        i32.const 0
        local.get 5
        i32.add
        i32.const 0
        i32.add
        i32.const 2
        i32.shl
        i32.add
        local.get 25
        v128.store align=1
        local.get 23
        local.get 51
        i32x4.gt_s
        i32x4.all_true
        i32.eqz
        if  ;; label = @3
          local.get 4
          local.get 6
          i32.const 2
          i32.shl
          i32.add
          i32.const 0
          local.get 5
          i32.add
          i32.const 0
          i32.add
          i32.store
          local.get 6
          i32.const 1
          i32.add
          local.set 6
        end
        local.get 2
        i32.const 0
        local.get 5
        i32.add
        i32.const 4
        i32.add
        i32.const 2
        i32.shl
        i32.add
        local.get 69
        v128.store align=1
        local.get 3
        i32.const 0
        local.get 5
        i32.add
        i32.const 4
        i32.add
        i32.const 2
        i32.shl
        i32.add
        local.get 70
        v128.store align=1
        local.get 68
        local.get 51
        i32x4.gt_s
        i32x4.all_true
        i32.eqz
        if  ;; label = @3
          local.get 4
          local.get 6
          i32.const 2
          i32.shl
          i32.add
          i32.const 0
          local.get 5
          i32.add
          i32.const 4
          i32.add
          i32.store
          local.get 6
          i32.const 1
          i32.add
          local.set 6
        end
        local.get 5
        i32.const 8
        i32.add
        local.set 5
        local.get 5
        local.get 74
        i32.ge_u
        i32.eqz
        br_if 0 (;@2;)
      end
    end
    local.get 74
    local.set 5
    block  ;; label = @1
      local.get 5
      local.get 1
      i32.ge_u
      br_if 0 (;@1;)
      loop  ;; label = @2
        local.get 0
        local.get 5
        i32.const 3
        i32.shl
        i32.add
        v128.load align=1
        local.set 7
        local.get 0
        local.get 5
        i32.const 3
        i32.shl
        i32.add
        v128.load offset=16 align=1
        local.set 8
        local.get 7
        local.get 30
        f64x2.mul
        local.get 31
        f64x2.add
        local.set 9
        local.get 9
        local.get 31
        f64x2.sub
        local.set 11
        local.get 7
        local.get 11
        local.get 32
        f64x2.mul
        f64x2.sub
        local.get 11
        local.get 33
        f64x2.mul
        f64x2.sub
        local.get 11
        local.get 34
        f64x2.mul
        f64x2.sub
        local.set 12
        local.get 8
        local.get 30
        f64x2.mul
        local.get 31
        f64x2.add
        local.set 10
        local.get 10
        local.get 31
        f64x2.sub
        local.set 11
        local.get 8
        local.get 11
        local.get 32
        f64x2.mul
        f64x2.sub
        local.get 11
        local.get 33
        f64x2.mul
        f64x2.sub
        local.get 11
        local.get 34
        f64x2.mul
        f64x2.sub
        local.set 13
        local.get 12
        f32x4.demote_f64x2_zero
        local.get 13
        f32x4.demote_f64x2_zero
        i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
        local.get 35
        local.get 7
        f64x2.abs
        local.get 36
        f64x2.le
        local.get 8
        f64x2.abs
        local.get 36
        f64x2.le
        i8x16.shuffle 0 1 2 3 8 9 10 11 16 17 18 19 24 25 26 27
        v128.andnot
        v128.or
        local.set 15
        local.get 9
        local.get 10
        i8x16.shuffle 0 1 2 3 8 9 10 11 16 17 18 19 24 25 26 27
        local.set 19
        local.get 15
        f32x4.abs
        local.get 37
        f32x4.ge
        local.set 14
        local.get 15
        local.get 15
        f32x4.mul
        local.set 16
        local.get 15
        local.get 15
        local.get 16
        f32x4.mul
        local.get 41
        local.get 16
        local.get 40
        local.get 16
        local.get 39
        local.get 16
        local.get 38
        f32x4.mul
        f32x4.add
        f32x4.mul
        f32x4.add
        f32x4.mul
        f32x4.add
        f32x4.mul
        f32x4.add
        local.set 17
        local.get 42
        local.get 16
        local.get 46
        local.get 16
        local.get 45
        local.get 16
        local.get 44
        local.get 16
        local.get 43
        f32x4.mul
        f32x4.add
        f32x4.mul
        f32x4.add
        f32x4.mul
        f32x4.add
        f32x4.mul
        f32x4.add
        local.set 18
        local.get 19
        i32.const 31
        i32x4.shl
        local.set 26
        local.get 26
        i32.const 31
        i32x4.shr_s
        local.set 20
        local.get 19
        i32.const 30
        i32x4.shl
        local.get 29
        v128.and
        local.set 27
        local.get 17
        local.get 18
        v128.xor
        local.get 20
        v128.and
        local.set 28
        local.get 18
        local.get 28
        local.get 27
        local.get 26
        v128.xor
        v128.xor
        v128.xor
        local.set 21
        local.get 17
        local.get 28
        local.get 27
        v128.xor
        v128.xor
        local.set 22
        local.get 21
        local.get 47
        i32x4.add
        local.get 48
        v128.and
        local.get 22
        local.get 47
        i32x4.add
        local.get 48
        v128.and
        i32x4.min_u
        local.get 14
        v128.and
        local.set 23
        local.get 21
        local.get 49
        i32x4.add
        local.get 50
        v128.and
        local.set 24
        local.get 22
        local.get 49
        i32x4.add
        local.get 50
        v128.and
        local.set 25
        local.get 2
        i32.const 0
        local.get 5
        i32.add
        i32.const 0
        i32.add
        i32.const 2
        i32.shl
        i32.add
        local.get 24
        v128.store align=1
        local.get 3
        i32.const 0
        local.get 5
        i32.add
        i32.const 0
        i32.add
        i32.const 2
        i32.shl
        i32.add
        local.get 25
        v128.store align=1
        local.get 23
        local.get 51
        i32x4.gt_s
        i32x4.all_true
        i32.eqz
        if  ;; label = @3
          local.get 4
          local.get 6
          i32.const 2
          i32.shl
          i32.add
          i32.const 0
          local.get 5
          i32.add
          i32.const 0
          i32.add
          i32.store
          local.get 6
          i32.const 1
          i32.add
          local.set 6
        end
        local.get 5
        i32.const 4
        i32.add
        local.set 5
        local.get 5
        local.get 1
        i32.ge_u
        i32.eqz
        br_if 0 (;@2;)
      end
    end
    local.get 6)
  (func (;26;) (type 26) (param i32 i32 i32)
    (local i32 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128)
    i32.const 0
    v128.load offset=656 align=1
    local.set 26
    i32.const 0
    v128.load offset=48 align=1
    local.set 27
    i32.const 0
    v128.load offset=64 align=1
    local.set 28
    i32.const 0
    v128.load offset=80 align=1
    local.set 29
    i32.const 0
    v128.load offset=96 align=1
    local.set 30
    i32.const 0
    v128.load offset=112 align=1
    local.set 31
    i32.const 0
    v128.load offset=1040 align=1
    local.set 32
    i32.const 0
    v128.load offset=32 align=1
    local.set 33
    i32.const 0
    v128.load offset=1056 align=1
    local.set 34
    i32.const 0
    v128.load offset=1072 align=1
    local.set 35
    i32.const 0
    v128.load offset=1088 align=1
    local.set 36
    i32.const 0
    v128.load offset=1104 align=1
    local.set 37
    i32.const 0
    v128.load offset=1120 align=1
    local.set 38
    i32.const 0
    v128.load offset=1136 align=1
    local.set 39
    i32.const 0
    v128.load offset=1152 align=1
    local.set 40
    i32.const 0
    v128.load offset=1168 align=1
    local.set 41
    i32.const 0
    v128.load offset=1184 align=1
    local.set 42
    i32.const 0
    v128.load offset=1200 align=1
    local.set 43
    i32.const 0
    v128.load offset=1216 align=1
    local.set 44
    i32.const 0
    v128.load offset=1232 align=1
    local.set 45
    i32.const 0
    v128.load offset=816 align=1
    local.set 46
    i32.const 0
    v128.load offset=464 align=1
    local.set 47
    i32.const 0
    v128.load offset=1248 align=1
    local.set 48
    i32.const 0
    local.set 3
    block  ;; label = @1
      local.get 3
      local.get 1
      i32.ge_u
      br_if 0 (;@1;)
      loop  ;; label = @2
        local.get 0
        local.get 3
        i32.const 3
        i32.shl
        i32.add
        v128.load align=1
        local.set 4
        local.get 0
        local.get 3
        i32.const 3
        i32.shl
        i32.add
        v128.load offset=16 align=1
        local.set 5
        local.get 4
        local.get 27
        f64x2.mul
        local.get 28
        f64x2.add
        local.set 6
        local.get 6
        local.get 28
        f64x2.sub
        local.set 8
        local.get 4
        local.get 8
        local.get 29
        f64x2.mul
        f64x2.sub
        local.get 8
        local.get 30
        f64x2.mul
        f64x2.sub
        local.get 8
        local.get 31
        f64x2.mul
        f64x2.sub
        local.set 9
        local.get 5
        local.get 27
        f64x2.mul
        local.get 28
        f64x2.add
        local.set 7
        local.get 7
        local.get 28
        f64x2.sub
        local.set 8
        local.get 5
        local.get 8
        local.get 29
        f64x2.mul
        f64x2.sub
        local.get 8
        local.get 30
        f64x2.mul
        f64x2.sub
        local.get 8
        local.get 31
        f64x2.mul
        f64x2.sub
        local.set 10
        local.get 9
        f32x4.demote_f64x2_zero
        local.get 10
        f32x4.demote_f64x2_zero
        i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
        local.get 32
        local.get 4
        f64x2.abs
        local.get 33
        f64x2.le
        local.get 5
        f64x2.abs
        local.get 33
        f64x2.le
        i8x16.shuffle 0 1 2 3 8 9 10 11 16 17 18 19 24 25 26 27
        v128.andnot
        v128.or
        local.set 12
        local.get 6
        local.get 7
        i8x16.shuffle 0 1 2 3 8 9 10 11 16 17 18 19 24 25 26 27
        local.set 16
        local.get 12
        f32x4.abs
        local.get 34
        f32x4.ge
        local.set 11
        local.get 12
        local.get 12
        f32x4.mul
        local.set 13
        local.get 12
        local.get 12
        local.get 13
        f32x4.mul
        local.get 38
        local.get 13
        local.get 37
        local.get 13
        local.get 36
        local.get 13
        local.get 35
        f32x4.mul
        f32x4.add
        f32x4.mul
        f32x4.add
        f32x4.mul
        f32x4.add
        f32x4.mul
        f32x4.add
        local.set 14
        local.get 39
        local.get 13
        local.get 43
        local.get 13
        local.get 42
        local.get 13
        local.get 41
        local.get 13
        local.get 40
        f32x4.mul
        f32x4.add
        f32x4.mul
        f32x4.add
        f32x4.mul
        f32x4.add
        f32x4.mul
        f32x4.add
        local.set 15
        local.get 16
        i32.const 31
        i32x4.shl
        local.set 23
        local.get 23
        i32.const 31
        i32x4.shr_s
        local.set 17
        local.get 16
        i32.const 30
        i32x4.shl
        local.get 26
        v128.and
        local.set 24
        local.get 14
        local.get 15
        v128.xor
        local.get 17
        v128.and
        local.set 25
        local.get 15
        local.get 25
        local.get 24
        local.get 23
        v128.xor
        v128.xor
        v128.xor
        local.set 18
        local.get 14
        local.get 25
        local.get 24
        v128.xor
        v128.xor
        local.set 19
        local.get 18
        local.get 44
        i32x4.add
        local.get 45
        v128.and
        local.get 19
        local.get 44
        i32x4.add
        local.get 45
        v128.and
        i32x4.min_u
        local.get 11
        v128.and
        local.set 20
        local.get 18
        local.get 46
        i32x4.add
        local.get 47
        v128.and
        local.set 21
        local.get 19
        local.get 46
        i32x4.add
        local.get 47
        v128.and
        local.set 22
        local.get 2
        local.get 3
        i32.const 2
        i32.shl
        i32.add
        local.get 18
        v128.store align=1
        local.get 2
        local.get 1
        i32.const 2
        i32.shl
        i32.add
        local.get 3
        i32.const 2
        i32.shl
        i32.add
        local.get 19
        v128.store align=1
        local.get 3
        i32.const 4
        i32.add
        local.set 3
        local.get 3
        local.get 1
        i32.ge_u
        i32.eqz
        br_if 0 (;@2;)
      end
    end)
  (func (;27;) (type 27) (param i32 i32 i32 i32 i32 i32 i32 i32) (result i32)
    (local i32 i32 i32 i32 i32 i32 i32 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 i32 i32 i32 i32)
    i32.const 0
    v128.load offset=656 align=1
    local.set 41
    i32.const 0
    v128.load offset=48 align=1
    local.set 42
    i32.const 0
    v128.load offset=64 align=1
    local.set 43
    i32.const 0
    v128.load offset=80 align=1
    local.set 44
    i32.const 0
    v128.load offset=96 align=1
    local.set 45
    i32.const 0
    v128.load offset=112 align=1
    local.set 46
    i32.const 0
    v128.load offset=1040 align=1
    local.set 47
    i32.const 0
    v128.load offset=1280 align=1
    local.set 48
    i32.const 0
    v128.load offset=1072 align=1
    local.set 49
    i32.const 0
    v128.load offset=1088 align=1
    local.set 50
    i32.const 0
    v128.load offset=1104 align=1
    local.set 51
    i32.const 0
    v128.load offset=1120 align=1
    local.set 52
    i32.const 0
    v128.load offset=1136 align=1
    local.set 53
    i32.const 0
    v128.load offset=1152 align=1
    local.set 54
    i32.const 0
    v128.load offset=1168 align=1
    local.set 55
    i32.const 0
    v128.load offset=1184 align=1
    local.set 56
    i32.const 0
    v128.load offset=1200 align=1
    local.set 57
    i32.const 0
    v128.load offset=1296 align=1
    local.set 58
    i32.const 0
    v128.load offset=1312 align=1
    local.set 59
    i32.const 0
    v128.load offset=1328 align=1
    local.set 60
    i32.const 0
    v128.load offset=1344 align=1
    local.set 61
    i32.const 0
    v128.load offset=1248 align=1
    local.set 62
    i32.const 0
    v128.load offset=848 align=1
    local.set 88
    i32.const 0
    v128.load offset=1360 align=1
    local.set 89
    i32.const 0
    v128.load offset=1376 align=1
    local.set 90
    i32.const 0
    v128.load offset=1392 align=1
    local.set 91
    i32.const 0
    v128.load offset=1408 align=1
    local.set 92
    i32.const 0
    v128.load offset=1424 align=1
    local.set 93
    i32.const 0
    v128.load offset=1440 align=1
    local.set 94
    i32.const 0
    v128.load offset=1264 align=1
    local.set 95
    i32.const 0
    local.set 11
    i32.const 0
    local.set 10
    i32.const 0
    local.set 14
    i32.const 0
    local.set 8
    block  ;; label = @1
      local.get 8
      local.get 3
      i32.ge_u
      br_if 0 (;@1;)
      loop  ;; label = @2
        local.get 2
        local.get 8
        i32.const 2
        i32.shl
        i32.add
        f32.load
        f32x4.splat
        local.set 15
        local.get 1
        i32.const -8
        i32.and
        local.set 12
        i32.const 0
        local.set 9
        block  ;; label = @3
          local.get 9
          local.get 12
          i32.ge_u
          br_if 0 (;@3;)
          loop  ;; label = @4
            local.get 15
            local.get 0
            local.get 9
            i32.const 2
            i32.shl
            i32.add
            v128.load align=1
            f32x4.mul
            local.set 16
            local.get 15
            local.get 0
            local.get 9
            i32.const 4
            i32.add
            i32.const 2
            i32.shl
            i32.add
            v128.load align=1
            f32x4.mul
            local.set 17
            local.get 16
            f32x4.abs
            local.get 88
            f32x4.lt
            local.get 17
            f32x4.abs
            local.get 88
            f32x4.lt
            v128.and
            i32x4.all_true
            local.set 13
            local.get 13
            if  ;; label = @5
              local.get 16
              local.get 89
              f32x4.mul
              local.get 90
              f32x4.add
              local.set 86
              local.get 86
              local.get 90
              f32x4.sub
              local.set 87
              local.get 86
              local.set 30
              local.get 16
              local.get 87
              local.get 91
              f32x4.mul
              f32x4.sub
              local.get 87
              local.get 92
              f32x4.mul
              f32x4.sub
              local.get 87
              local.get 93
              f32x4.mul
              f32x4.sub
              local.get 87
              local.get 94
              f32x4.mul
              f32x4.sub
              local.set 26
              local.get 17
              local.get 89
              f32x4.mul
              local.get 90
              f32x4.add
              local.set 86
              local.get 86
              local.get 90
              f32x4.sub
              local.set 87
              local.get 86
              local.set 75
              local.get 17
              local.get 87
              local.get 91
              f32x4.mul
              f32x4.sub
              local.get 87
              local.get 92
              f32x4.mul
              f32x4.sub
              local.get 87
              local.get 93
              f32x4.mul
              f32x4.sub
              local.get 87
              local.get 94
              f32x4.mul
              f32x4.sub
              local.set 71
              local.get 14
              i32.const 1
              i32.add
              local.set 14
            end
            local.get 13
            i32.eqz
            if  ;; label = @5
              local.get 16
              f32x4.abs
              local.get 95
              f32x4.le
              local.set 40
              local.get 16
              f64x2.promote_low_f32x4
              local.set 18
              local.get 16
              local.get 16
              i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
              f64x2.promote_low_f32x4
              local.set 19
              local.get 18
              local.get 42
              f64x2.mul
              local.get 43
              f64x2.add
              local.set 20
              local.get 20
              local.get 43
              f64x2.sub
              local.set 22
              local.get 18
              local.get 22
              local.get 44
              f64x2.mul
              f64x2.sub
              local.get 22
              local.get 45
              f64x2.mul
              f64x2.sub
              local.get 22
              local.get 46
              f64x2.mul
              f64x2.sub
              local.set 23
              local.get 19
              local.get 42
              f64x2.mul
              local.get 43
              f64x2.add
              local.set 21
              local.get 21
              local.get 43
              f64x2.sub
              local.set 22
              local.get 19
              local.get 22
              local.get 44
              f64x2.mul
              f64x2.sub
              local.get 22
              local.get 45
              f64x2.mul
              f64x2.sub
              local.get 22
              local.get 46
              f64x2.mul
              f64x2.sub
              local.set 24
              local.get 23
              f32x4.demote_f64x2_zero
              local.get 24
              f32x4.demote_f64x2_zero
              i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
              local.get 47
              local.get 40
              v128.andnot
              v128.or
              local.set 26
              local.get 20
              local.get 21
              i8x16.shuffle 0 1 2 3 8 9 10 11 16 17 18 19 24 25 26 27
              local.set 30
              local.get 17
              f32x4.abs
              local.get 95
              f32x4.le
              local.set 85
              local.get 17
              f64x2.promote_low_f32x4
              local.set 63
              local.get 17
              local.get 17
              i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
              f64x2.promote_low_f32x4
              local.set 64
              local.get 63
              local.get 42
              f64x2.mul
              local.get 43
              f64x2.add
              local.set 65
              local.get 65
              local.get 43
              f64x2.sub
              local.set 67
              local.get 63
              local.get 67
              local.get 44
              f64x2.mul
              f64x2.sub
              local.get 67
              local.get 45
              f64x2.mul
              f64x2.sub
              local.get 67
              local.get 46
              f64x2.mul
              f64x2.sub
              local.set 68
              local.get 64
              local.get 42
              f64x2.mul
              local.get 43
              f64x2.add
              local.set 66
              local.get 66
              local.get 43
              f64x2.sub
              local.set 67
              local.get 64
              local.get 67
              local.get 44
              f64x2.mul
              f64x2.sub
              local.get 67
              local.get 45
              f64x2.mul
              f64x2.sub
              local.get 67
              local.get 46
              f64x2.mul
              f64x2.sub
              local.set 69
              local.get 68
              f32x4.demote_f64x2_zero
              local.get 69
              f32x4.demote_f64x2_zero
              i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
              local.get 47
              local.get 85
              v128.andnot
              v128.or
              local.set 71
              local.get 65
              local.get 66
              i8x16.shuffle 0 1 2 3 8 9 10 11 16 17 18 19 24 25 26 27
              local.set 75
            end
            local.get 4
            local.get 10
            local.get 9
            i32.add
            i32.const 0
            i32.add
            i32.const 2
            i32.shl
            i32.add
            local.get 26
            v128.store align=1
            local.get 5
            local.get 10
            local.get 9
            i32.add
            i32.const 0
            i32.add
            i32.const 2
            i32.shl
            i32.add
            local.get 30
            v128.store align=1
            local.get 4
            local.get 10
            local.get 9
            i32.add
            i32.const 4
            i32.add
            i32.const 2
            i32.shl
            i32.add
            local.get 71
            v128.store align=1
            local.get 5
            local.get 10
            local.get 9
            i32.add
            i32.const 4
            i32.add
            i32.const 2
            i32.shl
            i32.add
            local.get 75
            v128.store align=1
            local.get 9
            i32.const 8
            i32.add
            local.set 9
            local.get 9
            local.get 12
            i32.ge_u
            i32.eqz
            br_if 0 (;@4;)
          end
        end
        i32.const 0
        local.set 9
        block  ;; label = @3
          local.get 9
          local.get 12
          i32.ge_u
          br_if 0 (;@3;)
          loop  ;; label = @4
            local.get 4
            local.get 10
            local.get 9
            i32.add
            i32.const 0
            i32.add
            i32.const 2
            i32.shl
            i32.add
            v128.load align=1
            local.set 26
            local.get 5
            local.get 10
            local.get 9
            i32.add
            i32.const 0
            i32.add
            i32.const 2
            i32.shl
            i32.add
            v128.load align=1
            local.set 30
            local.get 4
            local.get 10
            local.get 9
            i32.add
            i32.const 4
            i32.add
            i32.const 2
            i32.shl
            i32.add
            v128.load align=1
            local.set 71
            local.get 5
            local.get 10
            local.get 9
            i32.add
            i32.const 4
            i32.add
            i32.const 2
            i32.shl
            i32.add
            v128.load align=1
            local.set 75
            local.get 26
            f32x4.abs
            local.get 48
            f32x4.ge
            local.set 25
            local.get 71
            f32x4.abs
            local.get 48
            f32x4.ge
            local.set 70
            local.get 26
            local.get 26
            f32x4.mul
            local.set 27
            local.get 71
            local.get 71
            f32x4.mul
            local.set 72
            local.get 26
            local.get 26
            local.get 27
            f32x4.mul
            local.get 52
            local.get 27
            local.get 51
            local.get 27
            local.get 50
            local.get 27
            local.get 49
            f32x4.mul
            f32x4.add
            f32x4.mul
            f32x4.add
            f32x4.mul
            f32x4.add
            f32x4.mul
            f32x4.add
            local.set 28
            local.get 71
            local.get 71
            local.get 72
            f32x4.mul
            local.get 52
            local.get 72
            local.get 51
            local.get 72
            local.get 50
            local.get 72
            local.get 49
            f32x4.mul
            f32x4.add
            f32x4.mul
            f32x4.add
            f32x4.mul
            f32x4.add
            f32x4.mul
            f32x4.add
            local.set 73
            local.get 53
            local.get 27
            local.get 57
            local.get 27
            local.get 56
            local.get 27
            local.get 55
            local.get 27
            local.get 54
            f32x4.mul
            f32x4.add
            f32x4.mul
            f32x4.add
            f32x4.mul
            f32x4.add
            f32x4.mul
            f32x4.add
            local.set 29
            local.get 53
            local.get 72
            local.get 57
            local.get 72
            local.get 56
            local.get 72
            local.get 55
            local.get 72
            local.get 54
            f32x4.mul
            f32x4.add
            f32x4.mul
            f32x4.add
            f32x4.mul
            f32x4.add
            f32x4.mul
            f32x4.add
            local.set 74
            local.get 30
            i32.const 31
            i32x4.shl
            local.set 37
            local.get 75
            i32.const 31
            i32x4.shl
            local.set 82
            local.get 37
            i32.const 31
            i32x4.shr_s
            local.set 31
            local.get 82
            i32.const 31
            i32x4.shr_s
            local.set 76
            local.get 30
            i32.const 30
            i32x4.shl
            local.get 41
            v128.and
            local.set 38
            local.get 75
            i32.const 30
            i32x4.shl
            local.get 41
            v128.and
            local.set 83
            local.get 28
            local.get 29
            v128.xor
            local.get 31
            v128.and
            local.set 39
            local.get 73
            local.get 74
            v128.xor
            local.get 76
            v128.and
            local.set 84
            local.get 29
            local.get 39
            local.get 38
            local.get 37
            v128.xor
            v128.xor
            v128.xor
            local.set 32
            local.get 74
            local.get 84
            local.get 83
            local.get 82
            v128.xor
            v128.xor
            v128.xor
            local.set 77
            local.get 28
            local.get 39
            local.get 38
            v128.xor
            v128.xor
            local.set 33
            local.get 73
            local.get 84
            local.get 83
            v128.xor
            v128.xor
            local.set 78
            local.get 32
            local.get 58
            i32x4.add
            local.get 59
            v128.and
            local.get 33
            local.get 58
            i32x4.add
            local.get 59
            v128.and
            i32x4.min_u
            local.get 25
            v128.and
            local.set 34
            local.get 77
            local.get 58
            i32x4.add
            local.get 59
            v128.and
            local.get 78
            local.get 58
            i32x4.add
            local.get 59
            v128.and
            i32x4.min_u
            local.get 70
            v128.and
            local.set 79
            local.get 32
            local.get 60
            i32x4.add
            local.get 61
            v128.and
            local.set 35
            local.get 77
            local.get 60
            i32x4.add
            local.get 61
            v128.and
            local.set 80
            local.get 33
            local.get 60
            i32x4.add
            local.get 61
            v128.and
            local.set 36
            local.get 78
            local.get 60
            i32x4.add
            local.get 61
            v128.and
            local.set 81
            local.get 4
            local.get 10
            local.get 9
            i32.add
            i32.const 0
            i32.add
            i32.const 2
            i32.shl
            i32.add
            local.get 35
            v128.store align=1
            local.get 5
            local.get 10
            local.get 9
            i32.add
            i32.const 0
            i32.add
            i32.const 2
            i32.shl
            i32.add
            local.get 36
            v128.store align=1
            local.get 34
            local.get 62
            i32x4.gt_s
            i32x4.all_true
            i32.eqz
            if  ;; label = @5
              local.get 6
              local.get 11
              i32.const 2
              i32.shl
              i32.add
              local.get 10
              local.get 9
              i32.add
              i32.const 0
              i32.add
              i32.store
              local.get 11
              i32.const 1
              i32.add
              local.set 11
            end
            local.get 4
            local.get 10
            local.get 9
            i32.add
            i32.const 4
            i32.add
            i32.const 2
            i32.shl
            i32.add
            local.get 80
            v128.store align=1
            local.get 5
            local.get 10
            local.get 9
            i32.add
            i32.const 4
            i32.add
            i32.const 2
            i32.shl
            i32.add
            local.get 81
            v128.store align=1
            local.get 79
            local.get 62
            i32x4.gt_s
            i32x4.all_true
            i32.eqz
            if  ;; label = @5
              local.get 6
              local.get 11
              i32.const 2
              i32.shl
              i32.add
              local.get 10
              local.get 9
              i32.add
              i32.const 4
              i32.add
              i32.store
              local.get 11
              i32.const 1
              i32.add
              local.set 11
            end
            local.get 9
            i32.const 8
            i32.add
            local.set 9
            local.get 9
            local.get 12
            i32.ge_u
            i32.eqz
            br_if 0 (;@4;)
          end
        end
        local.get 12
        local.set 9
        block  ;; label = @3
          local.get 9
          local.get 1
          i32.ge_u
          br_if 0 (;@3;)
          loop  ;; label = @4
            local.get 15
            local.get 0
            local.get 9
            i32.const 2
            i32.shl
            i32.add
            v128.load align=1
            f32x4.mul
            local.set 16
            local.get 16
            f32x4.abs
            local.get 95
            f32x4.le
            local.set 40
            local.get 16
            f64x2.promote_low_f32x4
            local.set 18
            local.get 16
            local.get 16
            i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
            f64x2.promote_low_f32x4
            local.set 19
            local.get 18
            local.get 42
            f64x2.mul
            local.get 43
            f64x2.add
            local.set 20
            local.get 20
            local.get 43
            f64x2.sub
            local.set 22
            local.get 18
            local.get 22
            local.get 44
            f64x2.mul
            f64x2.sub
            local.get 22
            local.get 45
            f64x2.mul
            f64x2.sub
            local.get 22
            local.get 46
            f64x2.mul
            f64x2.sub
            local.set 23
            local.get 19
            local.get 42
            f64x2.mul
            local.get 43
            f64x2.add
            local.set 21
            local.get 21
            local.get 43
            f64x2.sub
            local.set 22
            local.get 19
            local.get 22
            local.get 44
            f64x2.mul
            f64x2.sub
            local.get 22
            local.get 45
            f64x2.mul
            f64x2.sub
            local.get 22
            local.get 46
            f64x2.mul
            f64x2.sub
            local.set 24
            local.get 23
            f32x4.demote_f64x2_zero
            local.get 24
            f32x4.demote_f64x2_zero
            i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
            local.get 47
            local.get 40
            v128.andnot
            v128.or
            local.set 26
            local.get 20
            local.get 21
            i8x16.shuffle 0 1 2 3 8 9 10 11 16 17 18 19 24 25 26 27
            local.set 30
            local.get 26
            f32x4.abs
            local.get 48
            f32x4.ge
            local.set 25
            local.get 26
            local.get 26
            f32x4.mul
            local.set 27
            local.get 26
            local.get 26
            local.get 27
            f32x4.mul
            local.get 52
            local.get 27
            local.get 51
            local.get 27
            local.get 50
            local.get 27
            local.get 49
            f32x4.mul
            f32x4.add
            f32x4.mul
            f32x4.add
            f32x4.mul
            f32x4.add
            f32x4.mul
            f32x4.add
            local.set 28
            local.get 53
            local.get 27
            local.get 57
            local.get 27
            local.get 56
            local.get 27
            local.get 55
            local.get 27
            local.get 54
            f32x4.mul
            f32x4.add
            f32x4.mul
            f32x4.add
            f32x4.mul
            f32x4.add
            f32x4.mul
            f32x4.add
            local.set 29
            local.get 30
            i32.const 31
            i32x4.shl
            local.set 37
            local.get 37
            i32.const 31
            i32x4.shr_s
            local.set 31
            local.get 30
            i32.const 30
            i32x4.shl
            local.get 41
            v128.and
            local.set 38
            local.get 28
            local.get 29
            v128.xor
            local.get 31
            v128.and
            local.set 39
            local.get 29
            local.get 39
            local.get 38
            local.get 37
            v128.xor
            v128.xor
            v128.xor
            local.set 32
            local.get 28
            local.get 39
            local.get 38
            v128.xor
            v128.xor
            local.set 33
            local.get 32
            local.get 58
            i32x4.add
            local.get 59
            v128.and
            local.get 33
            local.get 58
            i32x4.add
            local.get 59
            v128.and
            i32x4.min_u
            local.get 25
            v128.and
            local.set 34
            local.get 32
            local.get 60
            i32x4.add
            local.get 61
            v128.and
            local.set 35
            local.get 33
            local.get 60
            i32x4.add
            local.get 61
            v128.and
            local.set 36
            local.get 4
            local.get 10
            local.get 9
            i32.add
            i32.const 0
            i32.add
            i32.const 2
            i32.shl
            i32.add
            local.get 35
            v128.store align=1
            local.get 5
            local.get 10
            local.get 9
            i32.add
            i32.const 0
            i32.add
            i32.const 2
            i32.shl
            i32.add
            local.get 36
            v128.store align=1
            local.get 34
            local.get 62
            i32x4.gt_s
            i32x4.all_true
            i32.eqz
            if  ;; label = @5
              local.get 6
              local.get 11
              i32.const 2
              i32.shl
              i32.add
              local.get 10
              local.get 9
              i32.add
              i32.const 0
              i32.add
              i32.store
              local.get 11
              i32.const 1
              i32.add
              local.set 11
            end
            local.get 9
            i32.const 4
            i32.add
            local.set 9
            local.get 9
            local.get 1
            i32.ge_u
            i32.eqz
            br_if 0 (;@4;)
          end
        end
        local.get 10
        local.get 1
        i32.add
        local.set 10
        local.get 8
        i32.const 1
        i32.add
        local.set 8
        local.get 8
        local.get 3
        i32.ge_u
        i32.eqz
        br_if 0 (;@2;)
      end
    end
    local.get 7
    local.get 14
    i32.store
    local.get 11
    local.set 126
    i32.const 0
    local.set 11
    i32.const 0
    local.set 125
    block  ;; label = @1
      local.get 125
      local.get 126
      i32.ge_u
      br_if 0 (;@1;)
      loop  ;; label = @2
        local.get 6
        local.get 125
        i32.const 2
        i32.shl
        i32.add
        i32.load
        local.set 127
        local.get 2
        local.get 127
        local.get 1
        i32.div_u
        i32.const 2
        i32.shl
        i32.add
        f32.load
        f32x4.splat
        local.set 15
        local.get 15
        local.get 0
        local.get 127
        local.get 1
        i32.rem_u
        i32.const 2
        i32.shl
        i32.add
        v128.load align=1
        f32x4.mul
        local.set 16
        local.get 16
        f32x4.abs
        local.get 95
        f32x4.le
        local.set 40
        local.get 16
        f64x2.promote_low_f32x4
        local.set 18
        local.get 16
        local.get 16
        i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
        f64x2.promote_low_f32x4
        local.set 19
        i32.const 1
        local.set 124
        local.get 18
        local.set 96
        i32.const 0
        v128.load align=1
        i32.const 0
        v128.load offset=16 align=1
        local.get 96
        f64x2.abs
        i32.const 0
        v128.load offset=32 align=1
        f64x2.le
        v128.andnot
        f64x2.add
        local.set 97
        local.get 96
        i32.const 0
        v128.load offset=48 align=1
        f64x2.mul
        i32.const 0
        v128.load offset=64 align=1
        f64x2.add
        local.set 98
        local.get 98
        i32.const 0
        v128.load offset=64 align=1
        f64x2.sub
        local.set 99
        local.get 96
        local.get 99
        i32.const 0
        v128.load offset=80 align=1
        f64x2.mul
        f64x2.sub
        local.get 99
        i32.const 0
        v128.load offset=96 align=1
        f64x2.mul
        f64x2.sub
        local.get 99
        i32.const 0
        v128.load offset=112 align=1
        f64x2.mul
        f64x2.sub
        local.set 100
        local.get 100
        local.set 102
        local.get 98
        local.set 101
        local.get 97
        local.set 103
        local.get 102
        local.get 102
        f64x2.mul
        local.set 104
        local.get 104
        local.get 104
        f64x2.mul
        local.set 105
        local.get 102
        local.get 104
        local.get 102
        f64x2.mul
        i32.const 0
        v128.load offset=144 align=1
        local.get 104
        i32.const 0
        v128.load offset=160 align=1
        local.get 104
        i32.const 0
        v128.load offset=176 align=1
        f64x2.mul
        f64x2.add
        local.get 105
        i32.const 0
        v128.load offset=192 align=1
        local.get 104
        i32.const 0
        v128.load offset=208 align=1
        f64x2.mul
        f64x2.add
        local.get 105
        i32.const 0
        v128.load offset=224 align=1
        f64x2.mul
        f64x2.add
        f64x2.mul
        f64x2.add
        f64x2.mul
        f64x2.add
        f64x2.mul
        f64x2.add
        local.set 107
        i32.const 0
        v128.load offset=240 align=1
        local.get 104
        f64x2.mul
        local.set 106
        i32.const 0
        v128.load offset=256 align=1
        local.get 106
        f64x2.sub
        local.set 109
        local.get 109
        i32.const 0
        v128.load offset=256 align=1
        local.get 109
        f64x2.sub
        local.get 106
        f64x2.sub
        local.get 105
        i32.const 0
        v128.load offset=272 align=1
        local.get 104
        i32.const 0
        v128.load offset=288 align=1
        f64x2.mul
        f64x2.add
        local.get 105
        i32.const 0
        v128.load offset=304 align=1
        local.get 104
        i32.const 0
        v128.load offset=320 align=1
        f64x2.mul
        f64x2.add
        local.get 105
        i32.const 0
        v128.load offset=336 align=1
        local.get 104
        i32.const 0
        v128.load offset=352 align=1
        f64x2.mul
        f64x2.add
        f64x2.mul
        f64x2.add
        f64x2.mul
        f64x2.add
        f64x2.mul
        f64x2.add
        f64x2.add
        local.set 108
        local.get 101
        i32.const 0
        v128.load offset=368 align=1
        v128.and
        i32.const 0
        v128.load offset=368 align=1
        i64x2.eq
        local.set 110
        local.get 107
        local.get 108
        v128.xor
        local.get 110
        v128.and
        local.set 111
        local.get 101
        i32.const 62
        i64x2.shl
        i32.const 0
        v128.load offset=128 align=1
        v128.and
        local.set 112
        local.get 107
        local.get 111
        local.get 112
        v128.xor
        v128.xor
        local.set 113
        local.get 108
        local.get 111
        local.get 112
        local.get 110
        i32.const 0
        v128.load offset=128 align=1
        v128.and
        v128.xor
        v128.xor
        v128.xor
        local.set 114
        local.get 114
        local.get 103
        f64x2.sub
        f32x4.demote_f64x2_zero
        local.set 115
        local.get 113
        local.get 103
        f64x2.sub
        f32x4.demote_f64x2_zero
        local.set 116
        local.get 115
        local.set 117
        local.get 116
        local.set 118
        local.get 124
        local.get 115
        local.get 114
        local.get 103
        f64x2.add
        f32x4.demote_f64x2_zero
        f32x4.eq
        local.get 116
        local.get 113
        local.get 103
        f64x2.add
        f32x4.demote_f64x2_zero
        f32x4.eq
        v128.and
        i32x4.all_true
        i32.and
        local.set 124
        local.get 19
        local.set 96
        i32.const 0
        v128.load align=1
        i32.const 0
        v128.load offset=16 align=1
        local.get 96
        f64x2.abs
        i32.const 0
        v128.load offset=32 align=1
        f64x2.le
        v128.andnot
        f64x2.add
        local.set 97
        local.get 96
        i32.const 0
        v128.load offset=48 align=1
        f64x2.mul
        i32.const 0
        v128.load offset=64 align=1
        f64x2.add
        local.set 98
        local.get 98
        i32.const 0
        v128.load offset=64 align=1
        f64x2.sub
        local.set 99
        local.get 96
        local.get 99
        i32.const 0
        v128.load offset=80 align=1
        f64x2.mul
        f64x2.sub
        local.get 99
        i32.const 0
        v128.load offset=96 align=1
        f64x2.mul
        f64x2.sub
        local.get 99
        i32.const 0
        v128.load offset=112 align=1
        f64x2.mul
        f64x2.sub
        local.set 100
        local.get 100
        local.set 102
        local.get 98
        local.set 101
        local.get 97
        local.set 103
        local.get 102
        local.get 102
        f64x2.mul
        local.set 104
        local.get 104
        local.get 104
        f64x2.mul
        local.set 105
        local.get 102
        local.get 104
        local.get 102
        f64x2.mul
        i32.const 0
        v128.load offset=144 align=1
        local.get 104
        i32.const 0
        v128.load offset=160 align=1
        local.get 104
        i32.const 0
        v128.load offset=176 align=1
        f64x2.mul
        f64x2.add
        local.get 105
        i32.const 0
        v128.load offset=192 align=1
        local.get 104
        i32.const 0
        v128.load offset=208 align=1
        f64x2.mul
        f64x2.add
        local.get 105
        i32.const 0
        v128.load offset=224 align=1
        f64x2.mul
        f64x2.add
        f64x2.mul
        f64x2.add
        f64x2.mul
        f64x2.add
        f64x2.mul
        f64x2.add
        local.set 107
        i32.const 0
        v128.load offset=240 align=1
        local.get 104
        f64x2.mul
        local.set 106
        i32.const 0
        v128.load offset=256 align=1
        local.get 106
        f64x2.sub
        local.set 109
        local.get 109
        i32.const 0
        v128.load offset=256 align=1
        local.get 109
        f64x2.sub
        local.get 106
        f64x2.sub
        local.get 105
        i32.const 0
        v128.load offset=272 align=1
        local.get 104
        i32.const 0
        v128.load offset=288 align=1
        f64x2.mul
        f64x2.add
        local.get 105
        i32.const 0
        v128.load offset=304 align=1
        local.get 104
        i32.const 0
        v128.load offset=320 align=1
        f64x2.mul
        f64x2.add
        local.get 105
        i32.const 0
        v128.load offset=336 align=1
        local.get 104
        i32.const 0
        v128.load offset=352 align=1
        f64x2.mul
        f64x2.add
        f64x2.mul
        f64x2.add
        f64x2.mul
        f64x2.add
        f64x2.mul
        f64x2.add
        f64x2.add
        local.set 108
        local.get 101
        i32.const 0
        v128.load offset=368 align=1
        v128.and
        i32.const 0
        v128.load offset=368 align=1
        i64x2.eq
        local.set 110
        local.get 107
        local.get 108
        v128.xor
        local.get 110
        v128.and
        local.set 111
        local.get 101
        i32.const 62
        i64x2.shl
        i32.const 0
        v128.load offset=128 align=1
        v128.and
        local.set 112
        local.get 107
        local.get 111
        local.get 112
        v128.xor
        v128.xor
        local.set 113
        local.get 108
        local.get 111
        local.get 112
        local.get 110
        i32.const 0
        v128.load offset=128 align=1
        v128.and
        v128.xor
        v128.xor
        v128.xor
        local.set 114
        local.get 114
        local.get 103
        f64x2.sub
        f32x4.demote_f64x2_zero
        local.set 115
        local.get 113
        local.get 103
        f64x2.sub
        f32x4.demote_f64x2_zero
        local.set 116
        local.get 115
        local.set 119
        local.get 116
        local.set 120
        local.get 124
        local.get 115
        local.get 114
        local.get 103
        f64x2.add
        f32x4.demote_f64x2_zero
        f32x4.eq
        local.get 116
        local.get 113
        local.get 103
        f64x2.add
        f32x4.demote_f64x2_zero
        f32x4.eq
        v128.and
        i32x4.all_true
        i32.and
        local.set 124
        local.get 117
        local.get 119
        i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
        local.set 121
        local.get 121
        i32.const 0
        v128.load offset=832 align=1
        v128.and
        local.set 122
        local.get 122
        i32.const 0
        v128.load offset=848 align=1
        i32x4.min_u
        local.set 123
        local.get 122
        i32.const 0
        v128.load offset=640 align=1
        f32x4.add
        i32.const 0
        v128.load offset=640 align=1
        i32x4.sub
        local.get 123
        i32.const 0
        v128.load offset=800 align=1
        i32x4.add
        local.get 123
        i32.const 13
        i32x4.shr_u
        i32.const 0
        v128.load offset=432 align=1
        v128.and
        i32x4.add
        i32.const 13
        i32x4.shr_u
        local.get 122
        i32.const 0
        v128.load offset=672 align=1
        i32x4.lt_s
        v128.bitselect
        local.get 121
        i32.const 16
        i32x4.shr_u
        i32.const 0
        v128.load offset=816 align=1
        v128.and
        v128.or
        local.set 122
        local.get 122
        i32.const 0
        v128.load offset=448 align=1
        v128.and
        local.set 123
        i32.const 0
        v128.load offset=880 align=1
        local.get 123
        i32.const 13
        i32x4.shl
        i32.const 0
        v128.load offset=864 align=1
        f32x4.mul
        local.get 123
        i32.const 0
        v128.load offset=896 align=1
        i32x4.eq
        v128.bitselect
        local.get 122
        i32.const 0
        v128.load offset=816 align=1
        v128.and
        i32.const 16
        i32x4.shl
        v128.or
        local.set 35
        local.get 118
        local.get 120
        i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
        local.set 121
        local.get 121
        i32.const 0
        v128.load offset=832 align=1
        v128.and
        local.set 122
        local.get 122
        i32.const 0
        v128.load offset=848 align=1
        i32x4.min_u
        local.set 123
        local.get 122
        i32.const 0
        v128.load offset=640 align=1
        f32x4.add
        i32.const 0
        v128.load offset=640 align=1
        i32x4.sub
        local.get 123
        i32.const 0
        v128.load offset=800 align=1
        i32x4.add
        local.get 123
        i32.const 13
        i32x4.shr_u
        i32.const 0
        v128.load offset=432 align=1
        v128.and
        i32x4.add
        i32.const 13
        i32x4.shr_u
        local.get 122
        i32.const 0
        v128.load offset=672 align=1
        i32x4.lt_s
        v128.bitselect
        local.get 121
        i32.const 16
        i32x4.shr_u
        i32.const 0
        v128.load offset=816 align=1
        v128.and
        v128.or
        local.set 122
        local.get 122
        i32.const 0
        v128.load offset=448 align=1
        v128.and
        local.set 123
        i32.const 0
        v128.load offset=880 align=1
        local.get 123
        i32.const 13
        i32x4.shl
        i32.const 0
        v128.load offset=864 align=1
        f32x4.mul
        local.get 123
        i32.const 0
        v128.load offset=896 align=1
        i32x4.eq
        v128.bitselect
        local.get 122
        i32.const 0
        v128.load offset=816 align=1
        v128.and
        i32.const 16
        i32x4.shl
        v128.or
        local.set 36
        local.get 4
        local.get 127
        i32.const 2
        i32.shl
        i32.add
        local.get 35
        v128.store align=1
        local.get 5
        local.get 127
        i32.const 2
        i32.shl
        i32.add
        local.get 36
        v128.store align=1
        local.get 124
        i32.eqz
        if  ;; label = @3
          local.get 6
          local.get 11
          i32.const 2
          i32.shl
          i32.add
          local.get 127
          i32.store
          local.get 11
          i32.const 1
          i32.add
          local.set 11
        end
        local.get 125
        i32.const 1
        i32.add
        local.set 125
        local.get 125
        local.get 126
        i32.ge_u
        i32.eqz
        br_if 0 (;@2;)
      end
    end
    local.get 11)
  (func (;28;) (type 28) (param i32 i32 i32 i32 i32) (result i32)
    (local i32 i32 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 i32 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 i32 i32 i32 i32)
    i32.const 0
    v128.load offset=656 align=1
    local.set 29
    i32.const 0
    v128.load offset=48 align=1
    local.set 30
    i32.const 0
    v128.load offset=64 align=1
    local.set 31
    i32.const 0
    v128.load offset=80 align=1
    local.set 32
    i32.const 0
    v128.load offset=96 align=1
    local.set 33
    i32.const 0
    v128.load offset=112 align=1
    local.set 34
    i32.const 0
    v128.load offset=1040 align=1
    local.set 35
    i32.const 0
    v128.load offset=32 align=1
    local.set 36
    i32.const 0
    v128.load offset=1280 align=1
    local.set 37
    i32.const 0
    v128.load offset=1072 align=1
    local.set 38
    i32.const 0
    v128.load offset=1088 align=1
    local.set 39
    i32.const 0
    v128.load offset=1104 align=1
    local.set 40
    i32.const 0
    v128.load offset=1120 align=1
    local.set 41
    i32.const 0
    v128.load offset=1136 align=1
    local.set 42
    i32.const 0
    v128.load offset=1152 align=1
    local.set 43
    i32.const 0
    v128.load offset=1168 align=1
    local.set 44
    i32.const 0
    v128.load offset=1184 align=1
    local.set 45
    i32.const 0
    v128.load offset=1200 align=1
    local.set 46
    i32.const 0
    v128.load offset=1296 align=1
    local.set 47
    i32.const 0
    v128.load offset=1312 align=1
    local.set 48
    i32.const 0
    v128.load offset=1328 align=1
    local.set 49
    i32.const 0
    v128.load offset=1344 align=1
    local.set 50
    i32.const 0
    v128.load offset=1248 align=1
    local.set 51
    i32.const 0
    local.set 6
    local.get 1
    i32.const -8
    i32.and
    local.set 74
    i32.const 0
    local.set 5
    block  ;; label = @1
      local.get 5
      local.get 74
      i32.ge_u
      br_if 0 (;@1;)
      loop  ;; label = @2
        local.get 0
        local.get 5
        i32.const 3
        i32.shl
        i32.add
        v128.load align=1
        local.set 7
        local.get 0
        local.get 5
        i32.const 3
        i32.shl
        i32.add
        v128.load offset=16 align=1
        local.set 8
        local.get 0
        local.get 5
        i32.const 4
        i32.add
        i32.const 3
        i32.shl
        i32.add
        v128.load align=1
        local.set 52
        local.get 0
        local.get 5
        i32.const 4
        i32.add
        i32.const 3
        i32.shl
        i32.add
        v128.load offset=16 align=1
        local.set 53
        local.get 7
        local.get 30
        f64x2.mul
        local.get 31
        f64x2.add
        local.set 9
        local.get 52
        local.get 30
        f64x2.mul
        local.get 31
        f64x2.add
        local.set 54
        local.get 9
        local.get 31
        f64x2.sub
        local.set 11
        local.get 54
        local.get 31
        f64x2.sub
        local.set 56
        local.get 7
        local.get 11
        local.get 32
        f64x2.mul
        f64x2.sub
        local.get 11
        local.get 33
        f64x2.mul
        f64x2.sub
        local.get 11
        local.get 34
        f64x2.mul
        f64x2.sub
        local.set 12
        local.get 52
        local.get 56
        local.get 32
        f64x2.mul
        f64x2.sub
        local.get 56
        local.get 33
        f64x2.mul
        f64x2.sub
        local.get 56
        local.get 34
        f64x2.mul
        f64x2.sub
        local.set 57
        local.get 8
        local.get 30
        f64x2.mul
        local.get 31
        f64x2.add
        local.set 10
        local.get 53
        local.get 30
        f64x2.mul
        local.get 31
        f64x2.add
        local.set 55
        local.get 10
        local.get 31
        f64x2.sub
        local.set 11
        local.get 55
        local.get 31
        f64x2.sub
        local.set 56
        local.get 8
        local.get 11
        local.get 32
        f64x2.mul
        f64x2.sub
        local.get 11
        local.get 33
        f64x2.mul
        f64x2.sub
        local.get 11
        local.get 34
        f64x2.mul
        f64x2.sub
        local.set 13
        local.get 53
        local.get 56
        local.get 32
        f64x2.mul
        f64x2.sub
        local.get 56
        local.get 33
        f64x2.mul
        f64x2.sub
        local.get 56
        local.get 34
        f64x2.mul
        f64x2.sub
        local.set 58
        local.get 12
        f32x4.demote_f64x2_zero
        local.get 13
        f32x4.demote_f64x2_zero
        i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
        local.get 35
        local.get 7
        f64x2.abs
        local.get 36
        f64x2.le
        local.get 8
        f64x2.abs
        local.get 36
        f64x2.le
        i8x16.shuffle 0 1 2 3 8 9 10 11 16 17 18 19 24 25 26 27
        v128.andnot
        v128.or
        local.set 15
        local.get 57
        f32x4.demote_f64x2_zero
        local.get 58
        f32x4.demote_f64x2_zero
        i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
        local.get 35
        local.get 52
        f64x2.abs
        local.get 36
        f64x2.le
        local.get 53
        f64x2.abs
        local.get 36
        f64x2.le
        i8x16.shuffle 0 1 2 3 8 9 10 11 16 17 18 19 24 25 26 27
        v128.andnot
        v128.or
        local.set 60
        local.get 9
        local.get 10
        i8x16.shuffle 0 1 2 3 8 9 10 11 16 17 18 19 24 25 26 27
        local.set 19
        local.get 54
        local.get 55
        i8x16.shuffle 0 1 2 3 8 9 10 11 16 17 18 19 24 25 26 27
        local.set 64
        local.get 15
        f32x4.abs
        local.get 37
        f32x4.ge
        local.set 14
        local.get 60
        f32x4.abs
        local.get 37
        f32x4.ge
        local.set 59
        local.get 15
        local.get 15
        f32x4.mul
        local.set 16
        local.get 60
        local.get 60
        f32x4.mul
        local.set 61
        local.get 15
        local.get 15
        local.get 16
        f32x4.mul
        local.get 41
        local.get 16
        local.get 40
        local.get 16
        local.get 39
        local.get 16
        local.get 38
        f32x4.mul
        f32x4.add
        f32x4.mul
        f32x4.add
        f32x4.mul
        f32x4.add
        f32x4.mul
        f32x4.add
        local.set 17
        local.get 60
        local.get 60
        local.get 61
        f32x4.mul
        local.get 41
        local.get 61
        local.get 40
        local.get 61
        local.get 39
        local.get 61
        local.get 38
        f32x4.mul
        f32x4.add
        f32x4.mul
        f32x4.add
        f32x4.mul
        f32x4.add
        f32x4.mul
        f32x4.add
        local.set 62
        local.get 42
        local.get 16
        local.get 46
        local.get 16
        local.get 45
        local.get 16
        local.get 44
        local.get 16
        local.get 43
        f32x4.mul
        f32x4.add
        f32x4.mul
        f32x4.add
        f32x4.mul
        f32x4.add
        f32x4.mul
        f32x4.add
        local.set 18
        local.get 42
        local.get 61
        local.get 46
        local.get 61
        local.get 45
        local.get 61
        local.get 44
        local.get 61
        local.get 43
        f32x4.mul
        f32x4.add
        f32x4.mul
        f32x4.add
        f32x4.mul
        f32x4.add
        f32x4.mul
        f32x4.add
        local.set 63
        local.get 19
        i32.const 31
        i32x4.shl
        local.set 26
        local.get 64
        i32.const 31
        i32x4.shl
        local.set 71
        local.get 26
        i32.const 31
        i32x4.shr_s
        local.set 20
        local.get 71
        i32.const 31
        i32x4.shr_s
        local.set 65
        local.get 19
        i32.const 30
        i32x4.shl
        local.get 29
        v128.and
        local.set 27
        local.get 64
        i32.const 30
        i32x4.shl
        local.get 29
        v128.and
        local.set 72
        local.get 17
        local.get 18
        v128.xor
        local.get 20
        v128.and
        local.set 28
        local.get 62
        local.get 63
        v128.xor
        local.get 65
        v128.and
        local.set 73
        local.get 18
        local.get 28
        local.get 27
        local.get 26
        v128.xor
        v128.xor
        v128.xor
        local.set 21
        local.get 63
        local.get 73
        local.get 72
        local.get 71
        v128.xor
        v128.xor
        v128.xor
        local.set 66
        local.get 17
        local.get 28
        local.get 27
        v128.xor
        v128.xor
        local.set 22
        local.get 62
        local.get 73
        local.get 72
        v128.xor
        v128.xor
        local.set 67
        local.get 21
        local.get 47
        i32x4.add
        local.get 48
        v128.and
        local.get 22
        local.get 47
        i32x4.add
        local.get 48
        v128.and
        i32x4.min_u
        local.get 14
        v128.and
        local.set 23
        local.get 66
        local.get 47
        i32x4.add
        local.get 48
        v128.and
        local.get 67
        local.get 47
        i32x4.add
        local.get 48
        v128.and
        i32x4.min_u
        local.get 59
        v128.and
        local.set 68
        local.get 21
        local.get 49
        i32x4.add
        local.get 50
        v128.and
        local.set 24
        local.get 66
        local.get 49
        i32x4.add
        local.get 50
        v128.and
        local.set 69
        local.get 22
        local.get 49
        i32x4.add
        local.get 50
        v128.and
        local.set 25
        local.get 67
        local.get 49
        i32x4.add
        local.get 50
        v128.and
        local.set 70
        local.get 2
        i32.const 0
        local.get 5
        i32.add
        i32.const 0
        i32.add
        i32.const 2
        i32.shl
        i32.add
        local.get 24
        v128.store align=1
        local.get 3
        i32.const 0
        local.get 5
        i32.add
        i32.const 0
        i32.add
        i32.const 2
        i32.shl
        i32.add
        local.get 25
        v128.store align=1
        local.get 23
        local.get 51
        i32x4.gt_s
        i32x4.all_true
        i32.eqz
        if  ;; label = @3
          local.get 4
          local.get 6
          i32.const 2
          i32.shl
          i32.add
          i32.const 0
          local.get 5
          i32.add
          i32.const 0
          i32.add
          i32.store
          local.get 6
          i32.const 1
          i32.add
          local.set 6
        end
        local.get 2
        i32.const 0
        local.get 5
        i32.add
        i32.const 4
        i32.add
        i32.const 2
        i32.shl
        i32.add
        local.get 69
        v128.store align=1
        local.get 3
        i32.const 0
        local.get 5
        i32.add
        i32.const 4
        i32.add
        i32.const 2
        i32.shl
        i32.add
        local.get 70
        v128.store align=1
        local.get 68
        local.get 51
        i32x4.gt_s
        i32x4.all_true
        i32.eqz
        if  ;; label = @3
          local.get 4
          local.get 6
          i32.const 2
          i32.shl
          i32.add
          i32.const 0
          local.get 5
          i32.add
          i32.const 4
          i32.add
          i32.store
          local.get 6
          i32.const 1
          i32.add
          local.set 6
        end
        local.get 5
        i32.const 8
        i32.add
        local.set 5
        local.get 5
        local.get 74
        i32.ge_u
        i32.eqz
        br_if 0 (;@2;)
      end
    end
    local.get 74
    local.set 5
    block  ;; label = @1
      local.get 5
      local.get 1
      i32.ge_u
      br_if 0 (;@1;)
      loop  ;; label = @2
        local.get 0
        local.get 5
        i32.const 3
        i32.shl
        i32.add
        v128.load align=1
        local.set 7
        local.get 0
        local.get 5
        i32.const 3
        i32.shl
        i32.add
        v128.load offset=16 align=1
        local.set 8
        local.get 7
        local.get 30
        f64x2.mul
        local.get 31
        f64x2.add
        local.set 9
        local.get 9
        local.get 31
        f64x2.sub
        local.set 11
        local.get 7
        local.get 11
        local.get 32
        f64x2.mul
        f64x2.sub
        local.get 11
        local.get 33
        f64x2.mul
        f64x2.sub
        local.get 11
        local.get 34
        f64x2.mul
        f64x2.sub
        local.set 12
        local.get 8
        local.get 30
        f64x2.mul
        local.get 31
        f64x2.add
        local.set 10
        local.get 10
        local.get 31
        f64x2.sub
        local.set 11
        local.get 8
        local.get 11
        local.get 32
        f64x2.mul
        f64x2.sub
        local.get 11
        local.get 33
        f64x2.mul
        f64x2.sub
        local.get 11
        local.get 34
        f64x2.mul
        f64x2.sub
        local.set 13
        local.get 12
        f32x4.demote_f64x2_zero
        local.get 13
        f32x4.demote_f64x2_zero
        i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
        local.get 35
        local.get 7
        f64x2.abs
        local.get 36
        f64x2.le
        local.get 8
        f64x2.abs
        local.get 36
        f64x2.le
        i8x16.shuffle 0 1 2 3 8 9 10 11 16 17 18 19 24 25 26 27
        v128.andnot
        v128.or
        local.set 15
        local.get 9
        local.get 10
        i8x16.shuffle 0 1 2 3 8 9 10 11 16 17 18 19 24 25 26 27
        local.set 19
        local.get 15
        f32x4.abs
        local.get 37
        f32x4.ge
        local.set 14
        local.get 15
        local.get 15
        f32x4.mul
        local.set 16
        local.get 15
        local.get 15
        local.get 16
        f32x4.mul
        local.get 41
        local.get 16
        local.get 40
        local.get 16
        local.get 39
        local.get 16
        local.get 38
        f32x4.mul
        f32x4.add
        f32x4.mul
        f32x4.add
        f32x4.mul
        f32x4.add
        f32x4.mul
        f32x4.add
        local.set 17
        local.get 42
        local.get 16
        local.get 46
        local.get 16
        local.get 45
        local.get 16
        local.get 44
        local.get 16
        local.get 43
        f32x4.mul
        f32x4.add
        f32x4.mul
        f32x4.add
        f32x4.mul
        f32x4.add
        f32x4.mul
        f32x4.add
        local.set 18
        local.get 19
        i32.const 31
        i32x4.shl
        local.set 26
        local.get 26
        i32.const 31
        i32x4.shr_s
        local.set 20
        local.get 19
        i32.const 30
        i32x4.shl
        local.get 29
        v128.and
        local.set 27
        local.get 17
        local.get 18
        v128.xor
        local.get 20
        v128.and
        local.set 28
        local.get 18
        local.get 28
        local.get 27
        local.get 26
        v128.xor
        v128.xor
        v128.xor
        local.set 21
        local.get 17
        local.get 28
        local.get 27
        v128.xor
        v128.xor
        local.set 22
        local.get 21
        local.get 47
        i32x4.add
        local.get 48
        v128.and
        local.get 22
        local.get 47
        i32x4.add
        local.get 48
        v128.and
        i32x4.min_u
        local.get 14
        v128.and
        local.set 23
        local.get 21
        local.get 49
        i32x4.add
        local.get 50
        v128.and
        local.set 24
        local.get 22
        local.get 49
        i32x4.add
        local.get 50
        v128.and
        local.set 25
        local.get 2
        i32.const 0
        local.get 5
        i32.add
        i32.const 0
        i32.add
        i32.const 2
        i32.shl
        i32.add
        local.get 24
        v128.store align=1
        local.get 3
        i32.const 0
        local.get 5
        i32.add
        i32.const 0
        i32.add
        i32.const 2
        i32.shl
        i32.add
        local.get 25
        v128.store align=1
        local.get 23
        local.get 51
        i32x4.gt_s
        i32x4.all_true
        i32.eqz
        if  ;; label = @3
          local.get 4
          local.get 6
          i32.const 2
          i32.shl
          i32.add
          i32.const 0
          local.get 5
          i32.add
          i32.const 0
          i32.add
          i32.store
          local.get 6
          i32.const 1
          i32.add
          local.set 6
        end
        local.get 5
        i32.const 4
        i32.add
        local.set 5
        local.get 5
        local.get 1
        i32.ge_u
        i32.eqz
        br_if 0 (;@2;)
      end
    end
    local.get 6
    local.set 105
    i32.const 0
    local.set 6
    i32.const 0
    local.set 104
    block  ;; label = @1
      local.get 104
      local.get 105
      i32.ge_u
      br_if 0 (;@1;)
      loop  ;; label = @2
        local.get 4
        local.get 104
        i32.const 2
        i32.shl
        i32.add
        i32.load
        local.set 106
        local.get 0
        local.get 106
        i32.const 3
        i32.shl
        i32.add
        v128.load align=1
        local.set 7
        local.get 0
        local.get 106
        i32.const 3
        i32.shl
        i32.add
        v128.load offset=16 align=1
        local.set 8
        i32.const 1
        local.set 103
        local.get 7
        local.set 75
        i32.const 0
        v128.load align=1
        i32.const 0
        v128.load offset=16 align=1
        local.get 75
        f64x2.abs
        i32.const 0
        v128.load offset=32 align=1
        f64x2.le
        v128.andnot
        f64x2.add
        local.set 76
        local.get 75
        i32.const 0
        v128.load offset=48 align=1
        f64x2.mul
        i32.const 0
        v128.load offset=64 align=1
        f64x2.add
        local.set 77
        local.get 77
        i32.const 0
        v128.load offset=64 align=1
        f64x2.sub
        local.set 78
        local.get 75
        local.get 78
        i32.const 0
        v128.load offset=80 align=1
        f64x2.mul
        f64x2.sub
        local.get 78
        i32.const 0
        v128.load offset=96 align=1
        f64x2.mul
        f64x2.sub
        local.get 78
        i32.const 0
        v128.load offset=112 align=1
        f64x2.mul
        f64x2.sub
        local.set 79
        local.get 79
        local.set 81
        local.get 77
        local.set 80
        local.get 76
        local.set 82
        local.get 81
        local.get 81
        f64x2.mul
        local.set 83
        local.get 83
        local.get 83
        f64x2.mul
        local.set 84
        local.get 81
        local.get 83
        local.get 81
        f64x2.mul
        i32.const 0
        v128.load offset=144 align=1
        local.get 83
        i32.const 0
        v128.load offset=160 align=1
        local.get 83
        i32.const 0
        v128.load offset=176 align=1
        f64x2.mul
        f64x2.add
        local.get 84
        i32.const 0
        v128.load offset=192 align=1
        local.get 83
        i32.const 0
        v128.load offset=208 align=1
        f64x2.mul
        f64x2.add
        local.get 84
        i32.const 0
        v128.load offset=224 align=1
        f64x2.mul
        f64x2.add
        f64x2.mul
        f64x2.add
        f64x2.mul
        f64x2.add
        f64x2.mul
        f64x2.add
        local.set 86
        i32.const 0
        v128.load offset=240 align=1
        local.get 83
        f64x2.mul
        local.set 85
        i32.const 0
        v128.load offset=256 align=1
        local.get 85
        f64x2.sub
        local.set 88
        local.get 88
        i32.const 0
        v128.load offset=256 align=1
        local.get 88
        f64x2.sub
        local.get 85
        f64x2.sub
        local.get 84
        i32.const 0
        v128.load offset=272 align=1
        local.get 83
        i32.const 0
        v128.load offset=288 align=1
        f64x2.mul
        f64x2.add
        local.get 84
        i32.const 0
        v128.load offset=304 align=1
        local.get 83
        i32.const 0
        v128.load offset=320 align=1
        f64x2.mul
        f64x2.add
        local.get 84
        i32.const 0
        v128.load offset=336 align=1
        local.get 83
        i32.const 0
        v128.load offset=352 align=1
        f64x2.mul
        f64x2.add
        f64x2.mul
        f64x2.add
        f64x2.mul
        f64x2.add
        f64x2.mul
        f64x2.add
        f64x2.add
        local.set 87
        local.get 80
        i32.const 0
        v128.load offset=368 align=1
        v128.and
        i32.const 0
        v128.load offset=368 align=1
        i64x2.eq
        local.set 89
        local.get 86
        local.get 87
        v128.xor
        local.get 89
        v128.and
        local.set 90
        local.get 80
        i32.const 62
        i64x2.shl
        i32.const 0
        v128.load offset=128 align=1
        v128.and
        local.set 91
        local.get 86
        local.get 90
        local.get 91
        v128.xor
        v128.xor
        local.set 92
        local.get 87
        local.get 90
        local.get 91
        local.get 89
        i32.const 0
        v128.load offset=128 align=1
        v128.and
        v128.xor
        v128.xor
        v128.xor
        local.set 93
        local.get 93
        local.get 82
        f64x2.sub
        f32x4.demote_f64x2_zero
        local.set 94
        local.get 92
        local.get 82
        f64x2.sub
        f32x4.demote_f64x2_zero
        local.set 95
        local.get 94
        local.set 96
        local.get 95
        local.set 97
        local.get 103
        local.get 94
        local.get 93
        local.get 82
        f64x2.add
        f32x4.demote_f64x2_zero
        f32x4.eq
        local.get 95
        local.get 92
        local.get 82
        f64x2.add
        f32x4.demote_f64x2_zero
        f32x4.eq
        v128.and
        i32x4.all_true
        i32.and
        local.set 103
        local.get 8
        local.set 75
        i32.const 0
        v128.load align=1
        i32.const 0
        v128.load offset=16 align=1
        local.get 75
        f64x2.abs
        i32.const 0
        v128.load offset=32 align=1
        f64x2.le
        v128.andnot
        f64x2.add
        local.set 76
        local.get 75
        i32.const 0
        v128.load offset=48 align=1
        f64x2.mul
        i32.const 0
        v128.load offset=64 align=1
        f64x2.add
        local.set 77
        local.get 77
        i32.const 0
        v128.load offset=64 align=1
        f64x2.sub
        local.set 78
        local.get 75
        local.get 78
        i32.const 0
        v128.load offset=80 align=1
        f64x2.mul
        f64x2.sub
        local.get 78
        i32.const 0
        v128.load offset=96 align=1
        f64x2.mul
        f64x2.sub
        local.get 78
        i32.const 0
        v128.load offset=112 align=1
        f64x2.mul
        f64x2.sub
        local.set 79
        local.get 79
        local.set 81
        local.get 77
        local.set 80
        local.get 76
        local.set 82
        local.get 81
        local.get 81
        f64x2.mul
        local.set 83
        local.get 83
        local.get 83
        f64x2.mul
        local.set 84
        local.get 81
        local.get 83
        local.get 81
        f64x2.mul
        i32.const 0
        v128.load offset=144 align=1
        local.get 83
        i32.const 0
        v128.load offset=160 align=1
        local.get 83
        i32.const 0
        v128.load offset=176 align=1
        f64x2.mul
        f64x2.add
        local.get 84
        i32.const 0
        v128.load offset=192 align=1
        local.get 83
        i32.const 0
        v128.load offset=208 align=1
        f64x2.mul
        f64x2.add
        local.get 84
        i32.const 0
        v128.load offset=224 align=1
        f64x2.mul
        f64x2.add
        f64x2.mul
        f64x2.add
        f64x2.mul
        f64x2.add
        f64x2.mul
        f64x2.add
        local.set 86
        i32.const 0
        v128.load offset=240 align=1
        local.get 83
        f64x2.mul
        local.set 85
        i32.const 0
        v128.load offset=256 align=1
        local.get 85
        f64x2.sub
        local.set 88
        local.get 88
        i32.const 0
        v128.load offset=256 align=1
        local.get 88
        f64x2.sub
        local.get 85
        f64x2.sub
        local.get 84
        i32.const 0
        v128.load offset=272 align=1
        local.get 83
        i32.const 0
        v128.load offset=288 align=1
        f64x2.mul
        f64x2.add
        local.get 84
        i32.const 0
        v128.load offset=304 align=1
        local.get 83
        i32.const 0
        v128.load offset=320 align=1
        f64x2.mul
        f64x2.add
        local.get 84
        i32.const 0
        v128.load offset=336 align=1
        local.get 83
        i32.const 0
        v128.load offset=352 align=1
        f64x2.mul
        f64x2.add
        f64x2.mul
        f64x2.add
        f64x2.mul
        f64x2.add
        f64x2.mul
        f64x2.add
        f64x2.add
        local.set 87
        local.get 80
        i32.const 0
        v128.load offset=368 align=1
        v128.and
        i32.const 0
        v128.load offset=368 align=1
        i64x2.eq
        local.set 89
        local.get 86
        local.get 87
        v128.xor
        local.get 89
        v128.and
        local.set 90
        local.get 80
        i32.const 62
        i64x2.shl
        i32.const 0
        v128.load offset=128 align=1
        v128.and
        local.set 91
        local.get 86
        local.get 90
        local.get 91
        v128.xor
        v128.xor
        local.set 92
        local.get 87
        local.get 90
        local.get 91
        local.get 89
        i32.const 0
        v128.load offset=128 align=1
        v128.and
        v128.xor
        v128.xor
        v128.xor
        local.set 93
        local.get 93
        local.get 82
        f64x2.sub
        f32x4.demote_f64x2_zero
        local.set 94
        local.get 92
        local.get 82
        f64x2.sub
        f32x4.demote_f64x2_zero
        local.set 95
        local.get 94
        local.set 98
        local.get 95
        local.set 99
        local.get 103
        local.get 94
        local.get 93
        local.get 82
        f64x2.add
        f32x4.demote_f64x2_zero
        f32x4.eq
        local.get 95
        local.get 92
        local.get 82
        f64x2.add
        f32x4.demote_f64x2_zero
        f32x4.eq
        v128.and
        i32x4.all_true
        i32.and
        local.set 103
        local.get 96
        local.get 98
        i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
        local.set 100
        local.get 100
        i32.const 0
        v128.load offset=832 align=1
        v128.and
        local.set 101
        local.get 101
        i32.const 0
        v128.load offset=848 align=1
        i32x4.min_u
        local.set 102
        local.get 101
        i32.const 0
        v128.load offset=640 align=1
        f32x4.add
        i32.const 0
        v128.load offset=640 align=1
        i32x4.sub
        local.get 102
        i32.const 0
        v128.load offset=800 align=1
        i32x4.add
        local.get 102
        i32.const 13
        i32x4.shr_u
        i32.const 0
        v128.load offset=432 align=1
        v128.and
        i32x4.add
        i32.const 13
        i32x4.shr_u
        local.get 101
        i32.const 0
        v128.load offset=672 align=1
        i32x4.lt_s
        v128.bitselect
        local.get 100
        i32.const 16
        i32x4.shr_u
        i32.const 0
        v128.load offset=816 align=1
        v128.and
        v128.or
        local.set 101
        local.get 101
        i32.const 0
        v128.load offset=448 align=1
        v128.and
        local.set 102
        i32.const 0
        v128.load offset=880 align=1
        local.get 102
        i32.const 13
        i32x4.shl
        i32.const 0
        v128.load offset=864 align=1
        f32x4.mul
        local.get 102
        i32.const 0
        v128.load offset=896 align=1
        i32x4.eq
        v128.bitselect
        local.get 101
        i32.const 0
        v128.load offset=816 align=1
        v128.and
        i32.const 16
        i32x4.shl
        v128.or
        local.set 24
        local.get 97
        local.get 99
        i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
        local.set 100
        local.get 100
        i32.const 0
        v128.load offset=832 align=1
        v128.and
        local.set 101
        local.get 101
        i32.const 0
        v128.load offset=848 align=1
        i32x4.min_u
        local.set 102
        local.get 101
        i32.const 0
        v128.load offset=640 align=1
        f32x4.add
        i32.const 0
        v128.load offset=640 align=1
        i32x4.sub
        local.get 102
        i32.const 0
        v128.load offset=800 align=1
        i32x4.add
        local.get 102
        i32.const 13
        i32x4.shr_u
        i32.const 0
        v128.load offset=432 align=1
        v128.and
        i32x4.add
        i32.const 13
        i32x4.shr_u
        local.get 101
        i32.const 0
        v128.load offset=672 align=1
        i32x4.lt_s
        v128.bitselect
        local.get 100
        i32.const 16
        i32x4.shr_u
        i32.const 0
        v128.load offset=816 align=1
        v128.and
        v128.or
        local.set 101
        local.get 101
        i32.const 0
        v128.load offset=448 align=1
        v128.and
        local.set 102
        i32.const 0
        v128.load offset=880 align=1
        local.get 102
        i32.const 13
        i32x4.shl
        i32.const 0
        v128.load offset=864 align=1
        f32x4.mul
        local.get 102
        i32.const 0
        v128.load offset=896 align=1
        i32x4.eq
        v128.bitselect
        local.get 101
        i32.const 0
        v128.load offset=816 align=1
        v128.and
        i32.const 16
        i32x4.shl
        v128.or
        local.set 25
        local.get 2
        local.get 106
        i32.const 2
        i32.shl
        i32.add
        local.get 24
        v128.store align=1
        local.get 3
        local.get 106
        i32.const 2
        i32.shl
        i32.add
        local.get 25
        v128.store align=1
        local.get 103
        i32.eqz
        if  ;; label = @3
          local.get 4
          local.get 6
          i32.const 2
          i32.shl
          i32.add
          local.get 106
          i32.store
          local.get 6
          i32.const 1
          i32.add
          local.set 6
        end
        local.get 104
        i32.const 1
        i32.add
        local.set 104
        local.get 104
        local.get 105
        i32.ge_u
        i32.eqz
        br_if 0 (;@2;)
      end
    end
    local.get 6)
  (func (;29;) (type 29) (param i32 i32 i32)
    (local i32 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128)
    i32.const 0
    v128.load offset=1360 align=1
    local.set 9
    i32.const 0
    v128.load offset=1376 align=1
    local.set 10
    i32.const 0
    v128.load offset=1392 align=1
    local.set 11
    i32.const 0
    v128.load offset=1408 align=1
    local.set 12
    i32.const 0
    v128.load offset=1424 align=1
    local.set 13
    i32.const 0
    v128.load offset=1440 align=1
    local.set 14
    i32.const 0
    local.set 3
    block  ;; label = @1
      local.get 3
      local.get 1
      i32.ge_u
      br_if 0 (;@1;)
      loop  ;; label = @2
        local.get 0
        local.get 3
        i32.const 2
        i32.shl
        i32.add
        v128.load align=1
        local.set 4
        local.get 4
        local.get 9
        f32x4.mul
        local.get 10
        f32x4.add
        local.set 7
        local.get 7
        local.get 10
        f32x4.sub
        local.set 8
        local.get 7
        local.set 6
        local.get 4
        local.get 8
        local.get 11
        f32x4.mul
        f32x4.sub
        local.get 8
        local.get 12
        f32x4.mul
        f32x4.sub
        local.get 8
        local.get 13
        f32x4.mul
        f32x4.sub
        local.get 8
        local.get 14
        f32x4.mul
        f32x4.sub
        local.set 5
        local.get 2
        local.get 3
        i32.const 2
        i32.shl
        i32.add
        local.get 5
        v128.store align=1
        local.get 2
        local.get 1
        i32.const 2
        i32.shl
        i32.add
        local.get 3
        i32.const 2
        i32.shl
        i32.add
        local.get 6
        v128.store align=1
        local.get 3
        i32.const 4
        i32.add
        local.set 3
        local.get 3
        local.get 1
        i32.ge_u
        i32.eqz
        br_if 0 (;@2;)
      end
    end)
  (func (;30;) (type 30) (param i32 i32 i32 i32 i32 i32) (result i32)
    (local i32 i32 i32 f64 f64)
    i32.const 0
    local.set 7
    i32.const 0
    local.set 8
    f64.const nan (;=nan;)
    local.set 9
    i32.const 0
    local.set 6
    block  ;; label = @1
      local.get 6
      local.get 1
      i32.ge_u
      br_if 0 (;@1;)
      loop  ;; label = @2
        local.get 0
        local.get 6
        i32.const 3
        i32.shl
        i32.add
        f64.load
        local.set 10
        local.get 10
        local.get 9
        f64.ne
        if  ;; label = @3
          local.get 2
          local.get 7
          i32.const 2
          i32.shl
          i32.add
          local.get 10
          f32.demote_f64
          f32.store
          local.get 4
          local.get 7
          local.get 5
          i32.mul
          i32.add
          local.set 8
          local.get 7
          i32.const 1
          i32.add
          local.set 7
          local.get 10
          local.set 9
        end
        local.get 3
        local.get 6
        i32.const 2
        i32.shl
        i32.add
        local.get 8
        i32.store
        local.get 6
        i32.const 1
        i32.add
        local.set 6
        local.get 6
        local.get 1
        i32.ge_u
        i32.eqz
        br_if 0 (;@2;)
      end
    end
    local.get 7)
  (func (;31;) (type 31) (param i32 i32 i32 i32)
    (local i32 i32 i32 v128 v128 v128 v128)
    i32.const 0
    local.set 4
    block  ;; label = @1
      local.get 4
      local.get 1
      i32.ge_u
      br_if 0 (;@1;)
      loop  ;; label = @2
        local.get 0
        local.get 4
        i32.const 2
        i32.shl
        i32.add
        local.set 5
        local.get 5
        local.get 2
        i32.add
        local.set 6
        local.get 5
        v128.load align=1
        local.set 7
        local.get 5
        v128.load offset=16 align=1
        local.set 8
        local.get 7
        local.get 8
        i8x16.shuffle 0 1 2 3 8 9 10 11 16 17 18 19 24 25 26 27
        local.set 9
        local.get 7
        local.get 8
        i8x16.shuffle 4 5 6 7 12 13 14 15 20 21 22 23 28 29 30 31
        local.set 10
        local.get 6
        local.get 9
        i32.const 0
        v128.load offset=544 align=1
        f32x4.mul
        v128.store align=1
        local.get 6
        local.get 10
        i32.const 0
        v128.load offset=544 align=1
        f32x4.mul
        v128.store offset=16 align=1
        local.get 6
        local.get 3
        i32.add
        local.get 9
        i32.const 0
        v128.load offset=848 align=1
        f32x4.mul
        v128.store align=1
        local.get 6
        local.get 3
        i32.add
        local.get 10
        i32.const 0
        v128.load offset=848 align=1
        f32x4.mul
        v128.store offset=16 align=1
        local.get 5
        local.get 3
        i32.add
        v128.load align=1
        local.set 7
        local.get 5
        local.get 3
        i32.add
        v128.load offset=16 align=1
        local.set 8
        local.get 7
        local.get 8
        i8x16.shuffle 0 1 2 3 8 9 10 11 16 17 18 19 24 25 26 27
        local.set 9
        local.get 7
        local.get 8
        i8x16.shuffle 4 5 6 7 12 13 14 15 20 21 22 23 28 29 30 31
        local.set 10
        local.get 6
        local.get 3
        i32.const 2
        i32.mul
        i32.add
        local.get 9
        i32.const 0
        v128.load offset=544 align=1
        f32x4.mul
        v128.store align=1
        local.get 6
        local.get 3
        i32.const 2
        i32.mul
        i32.add
        local.get 10
        i32.const 0
        v128.load offset=544 align=1
        f32x4.mul
        v128.store offset=16 align=1
        local.get 6
        local.get 3
        i32.const 3
        i32.mul
        i32.add
        local.get 9
        i32.const 0
        v128.load offset=848 align=1
        f32x4.mul
        v128.store align=1
        local.get 6
        local.get 3
        i32.const 3
        i32.mul
        i32.add
        local.get 10
        i32.const 0
        v128.load offset=848 align=1
        f32x4.mul
        v128.store offset=16 align=1
        local.get 4
        i32.const 8
        i32.add
        local.set 4
        local.get 4
        local.get 1
        i32.ge_u
        i32.eqz
        br_if 0 (;@2;)
      end
    end)
  (func (;32;) (type 32) (param i32 i32 i32 i32 i32 i32 i32 i32 i32 i32) (result i32)
    (local i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128)
    i32.const 0
    v128.load offset=544 align=1
    local.set 34
    i32.const 0
    v128.load offset=624 align=1
    local.set 35
    i32.const 0
    v128.load offset=400 align=1
    local.set 36
    i32.const 0
    v128.load offset=464 align=1
    local.set 43
    local.get 7
    i32.const 1
    i32.shl
    local.set 17
    local.get 7
    i32.const 3
    i32.mul
    local.set 18
    i32.const 0
    local.set 12
    i32.const 0
    local.set 10
    block  ;; label = @1
      local.get 10
      local.get 0
      i32.ge_u
      br_if 0 (;@1;)
      loop  ;; label = @2
        local.get 4
        local.get 10
        local.get 1
        i32.mul
        i32.const 1
        i32.shl
        i32.add
        local.set 13
        local.get 5
        local.get 10
        local.get 1
        i32.mul
        i32.const 1
        i32.shl
        i32.add
        local.set 14
        local.get 6
        local.get 10
        i32.const 2
        i32.shl
        i32.add
        i32.load
        local.set 15
        local.get 15
        local.get 9
        i32.add
        local.set 16
        i32.const 0
        v128.load offset=400 align=1
        local.set 21
        i32.const 0
        v128.load offset=416 align=1
        local.set 22
        i32.const 0
        local.set 11
        block  ;; label = @3
          local.get 11
          local.get 2
          i32.ge_u
          br_if 0 (;@3;)
          loop  ;; label = @4
            local.get 13
            local.get 11
            i32.const 1
            i32.shl
            i32.add
            v128.load align=1
            local.set 31
            local.get 13
            local.get 11
            local.get 2
            i32.add
            i32.const 1
            i32.shl
            i32.add
            v128.load align=1
            local.set 32
            local.get 31
            i32.const 1
            i16x8.shl
            local.set 33
            local.get 21
            local.get 33
            i16x8.max_u
            local.set 21
            local.get 22
            local.get 33
            i16x8.min_u
            local.set 22
            local.get 32
            i32.const 1
            i16x8.shl
            local.set 33
            local.get 21
            local.get 33
            i16x8.max_u
            local.set 21
            local.get 22
            local.get 33
            i16x8.min_u
            local.set 22
            local.get 31
            i32.const 16
            i32x4.shl
            local.set 23
            local.get 32
            i32.const 16
            i32x4.shl
            local.set 24
            local.get 16
            local.get 11
            i32.const 2
            i32.shl
            i32.add
            v128.load align=1
            local.set 39
            local.get 16
            local.get 7
            i32.add
            local.get 11
            i32.const 2
            i32.shl
            i32.add
            v128.load align=1
            local.set 40
            local.get 16
            local.get 17
            i32.add
            local.get 11
            i32.const 2
            i32.shl
            i32.add
            v128.load align=1
            local.set 41
            local.get 16
            local.get 18
            i32.add
            local.get 11
            i32.const 2
            i32.shl
            i32.add
            v128.load align=1
            local.set 42
            local.get 23
            local.get 39
            f32x4.mul
            local.get 23
            local.get 40
            f32x4.mul
            f32x4.sub
            local.get 24
            local.get 41
            f32x4.mul
            local.get 24
            local.get 42
            f32x4.mul
            f32x4.sub
            f32x4.sub
            local.set 27
            local.get 27
            local.get 34
            f32x4.mul
            local.tee 28
            local.get 28
            local.get 27
            f32x4.sub
            f32x4.sub
            local.set 29
            local.get 23
            local.get 41
            f32x4.mul
            local.get 23
            local.get 42
            f32x4.mul
            f32x4.sub
            local.get 24
            local.get 39
            f32x4.mul
            local.get 24
            local.get 40
            f32x4.mul
            f32x4.sub
            f32x4.add
            local.set 27
            local.get 27
            local.get 34
            f32x4.mul
            local.tee 28
            local.get 28
            local.get 27
            f32x4.sub
            f32x4.sub
            local.set 30
            local.get 29
            local.set 37
            local.get 30
            local.set 38
            local.get 31
            local.get 43
            v128.and
            local.set 23
            local.get 32
            local.get 43
            v128.and
            local.set 24
            local.get 16
            local.get 11
            i32.const 2
            i32.shl
            i32.add
            v128.load offset=16 align=1
            local.set 39
            local.get 16
            local.get 7
            i32.add
            local.get 11
            i32.const 2
            i32.shl
            i32.add
            v128.load offset=16 align=1
            local.set 40
            local.get 16
            local.get 17
            i32.add
            local.get 11
            i32.const 2
            i32.shl
            i32.add
            v128.load offset=16 align=1
            local.set 41
            local.get 16
            local.get 18
            i32.add
            local.get 11
            i32.const 2
            i32.shl
            i32.add
            v128.load offset=16 align=1
            local.set 42
            local.get 23
            local.get 39
            f32x4.mul
            local.get 23
            local.get 40
            f32x4.mul
            f32x4.sub
            local.get 24
            local.get 41
            f32x4.mul
            local.get 24
            local.get 42
            f32x4.mul
            f32x4.sub
            f32x4.sub
            local.set 27
            local.get 27
            local.get 34
            f32x4.mul
            local.tee 28
            local.get 28
            local.get 27
            f32x4.sub
            f32x4.sub
            local.set 29
            local.get 23
            local.get 41
            f32x4.mul
            local.get 23
            local.get 42
            f32x4.mul
            f32x4.sub
            local.get 24
            local.get 39
            f32x4.mul
            local.get 24
            local.get 40
            f32x4.mul
            f32x4.sub
            f32x4.add
            local.set 27
            local.get 27
            local.get 34
            f32x4.mul
            local.tee 28
            local.get 28
            local.get 27
            f32x4.sub
            f32x4.sub
            local.set 30
            local.get 14
            local.get 11
            i32.const 1
            i32.shl
            i32.add
            local.get 37
            i32.const 16
            i32x4.shr_u
            local.get 29
            v128.or
            v128.store align=1
            local.get 14
            local.get 11
            local.get 2
            i32.add
            i32.const 1
            i32.shl
            i32.add
            local.get 38
            i32.const 16
            i32x4.shr_u
            local.get 30
            v128.or
            v128.store align=1
            local.get 11
            i32.const 8
            i32.add
            local.set 11
            local.get 11
            local.get 2
            i32.ge_u
            i32.eqz
            br_if 0 (;@4;)
          end
        end
        local.get 3
        local.set 11
        block  ;; label = @3
          local.get 11
          local.get 1
          i32.ge_u
          br_if 0 (;@3;)
          loop  ;; label = @4
            local.get 13
            local.get 11
            i32.const 1
            i32.shl
            i32.add
            i32.load
            local.set 19
            local.get 19
            i32x4.splat
            local.set 31
            local.get 31
            i32.const 1
            i16x8.shl
            local.set 33
            local.get 21
            local.get 33
            i16x8.max_u
            local.set 21
            local.get 22
            local.get 33
            i16x8.min_u
            local.set 22
            local.get 14
            local.get 11
            i32.const 1
            i32.shl
            i32.add
            local.get 19
            i32.store
            local.get 11
            i32.const 2
            i32.add
            local.set 11
            local.get 11
            local.get 1
            i32.ge_u
            i32.eqz
            br_if 0 (;@4;)
          end
        end
        local.get 21
        i32.const 0
        v128.load offset=592 align=1
        i16x8.lt_u
        i16x8.all_true
        local.get 22
        i32.const 0
        v128.load offset=1456 align=1
        i16x8.ge_u
        i16x8.all_true
        i32.and
        local.set 20
        local.get 20
        i32.eqz
        if  ;; label = @3
          local.get 21
          i32.const 0
          v128.load offset=592 align=1
          i16x8.lt_u
          i16x8.all_true
          if  ;; label = @4
            i32.const 0
            v128.load offset=400 align=1
            local.set 21
            i32.const 0
            v128.load offset=416 align=1
            local.set 22
            i32.const 0
            local.set 11
            block  ;; label = @5
              local.get 11
              local.get 2
              i32.ge_u
              br_if 0 (;@5;)
              loop  ;; label = @6
                local.get 13
                local.get 11
                i32.const 1
                i32.shl
                i32.add
                v128.load align=1
                local.set 31
                local.get 13
                local.get 11
                local.get 2
                i32.add
                i32.const 1
                i32.shl
                i32.add
                v128.load align=1
                local.set 32
                local.get 31
                i32.const 1
                i16x8.shl
                local.set 33
                local.get 21
                local.get 33
                i16x8.max_u
                local.set 21
                local.get 22
                local.get 33
                local.get 35
                i16x8.sub
                i16x8.min_u
                local.set 22
                local.get 32
                i32.const 1
                i16x8.shl
                local.set 33
                local.get 21
                local.get 33
                i16x8.max_u
                local.set 21
                local.get 22
                local.get 33
                local.get 35
                i16x8.sub
                i16x8.min_u
                local.set 22
                local.get 36
                local.get 31
                i8x16.shuffle 0 1 16 17 2 3 18 19 4 5 20 21 6 7 22 23
                local.set 23
                local.get 36
                local.get 32
                i8x16.shuffle 0 1 16 17 2 3 18 19 4 5 20 21 6 7 22 23
                local.set 24
                local.get 15
                local.get 11
                i32.const 2
                i32.shl
                i32.add
                v128.load align=1
                local.set 25
                local.get 15
                local.get 7
                i32.add
                local.get 11
                i32.const 2
                i32.shl
                i32.add
                v128.load align=1
                local.set 26
                local.get 23
                local.get 25
                f32x4.mul
                local.set 27
                local.get 27
                local.get 34
                f32x4.mul
                local.tee 28
                local.get 28
                local.get 27
                f32x4.sub
                f32x4.sub
                local.get 24
                local.get 26
                f32x4.mul
                local.set 27
                local.get 27
                local.get 34
                f32x4.mul
                local.tee 28
                local.get 28
                local.get 27
                f32x4.sub
                f32x4.sub
                f32x4.sub
                local.set 27
                local.get 27
                local.get 34
                f32x4.mul
                local.tee 28
                local.get 28
                local.get 27
                f32x4.sub
                f32x4.sub
                local.set 29
                local.get 23
                local.get 26
                f32x4.mul
                local.set 27
                local.get 27
                local.get 34
                f32x4.mul
                local.tee 28
                local.get 28
                local.get 27
                f32x4.sub
                f32x4.sub
                local.get 24
                local.get 25
                f32x4.mul
                local.set 27
                local.get 27
                local.get 34
                f32x4.mul
                local.tee 28
                local.get 28
                local.get 27
                f32x4.sub
                f32x4.sub
                f32x4.add
                local.set 27
                local.get 27
                local.get 34
                f32x4.mul
                local.tee 28
                local.get 28
                local.get 27
                f32x4.sub
                f32x4.sub
                local.set 30
                local.get 29
                local.set 37
                local.get 30
                local.set 38
                local.get 36
                local.get 31
                i8x16.shuffle 8 9 24 25 10 11 26 27 12 13 28 29 14 15 30 31
                local.set 23
                local.get 36
                local.get 32
                i8x16.shuffle 8 9 24 25 10 11 26 27 12 13 28 29 14 15 30 31
                local.set 24
                local.get 15
                local.get 11
                i32.const 2
                i32.shl
                i32.add
                v128.load offset=16 align=1
                local.set 25
                local.get 15
                local.get 7
                i32.add
                local.get 11
                i32.const 2
                i32.shl
                i32.add
                v128.load offset=16 align=1
                local.set 26
                local.get 23
                local.get 25
                f32x4.mul
                local.set 27
                local.get 27
                local.get 34
                f32x4.mul
                local.tee 28
                local.get 28
                local.get 27
                f32x4.sub
                f32x4.sub
                local.get 24
                local.get 26
                f32x4.mul
                local.set 27
                local.get 27
                local.get 34
                f32x4.mul
                local.tee 28
                local.get 28
                local.get 27
                f32x4.sub
                f32x4.sub
                f32x4.sub
                local.set 27
                local.get 27
                local.get 34
                f32x4.mul
                local.tee 28
                local.get 28
                local.get 27
                f32x4.sub
                f32x4.sub
                local.set 29
                local.get 23
                local.get 26
                f32x4.mul
                local.set 27
                local.get 27
                local.get 34
                f32x4.mul
                local.tee 28
                local.get 28
                local.get 27
                f32x4.sub
                f32x4.sub
                local.get 24
                local.get 25
                f32x4.mul
                local.set 27
                local.get 27
                local.get 34
                f32x4.mul
                local.tee 28
                local.get 28
                local.get 27
                f32x4.sub
                f32x4.sub
                f32x4.add
                local.set 27
                local.get 27
                local.get 34
                f32x4.mul
                local.tee 28
                local.get 28
                local.get 27
                f32x4.sub
                f32x4.sub
                local.set 30
                local.get 14
                local.get 11
                i32.const 1
                i32.shl
                i32.add
                local.get 37
                i32.const 16
                i32x4.shr_u
                local.get 29
                i32.const 16
                i32x4.shr_u
                i16x8.narrow_i32x4_u
                v128.store align=1
                local.get 14
                local.get 11
                local.get 2
                i32.add
                i32.const 1
                i32.shl
                i32.add
                local.get 38
                i32.const 16
                i32x4.shr_u
                local.get 30
                i32.const 16
                i32x4.shr_u
                i16x8.narrow_i32x4_u
                v128.store align=1
                local.get 11
                i32.const 8
                i32.add
                local.set 11
                local.get 11
                local.get 2
                i32.ge_u
                i32.eqz
                br_if 0 (;@6;)
              end
            end
            local.get 3
            local.set 11
            block  ;; label = @5
              local.get 11
              local.get 1
              i32.ge_u
              br_if 0 (;@5;)
              loop  ;; label = @6
                local.get 13
                local.get 11
                i32.const 1
                i32.shl
                i32.add
                i32.load
                local.set 19
                local.get 19
                i32x4.splat
                local.set 31
                local.get 31
                i32.const 1
                i16x8.shl
                local.set 33
                local.get 21
                local.get 33
                i16x8.max_u
                local.set 21
                local.get 22
                local.get 33
                local.get 35
                i16x8.sub
                i16x8.min_u
                local.set 22
                local.get 14
                local.get 11
                i32.const 1
                i32.shl
                i32.add
                local.get 19
                i32.store
                local.get 11
                i32.const 2
                i32.add
                local.set 11
                local.get 11
                local.get 1
                i32.ge_u
                i32.eqz
                br_if 0 (;@6;)
              end
            end
            local.get 21
            i32.const 0
            v128.load offset=592 align=1
            i16x8.lt_u
            i16x8.all_true
            local.get 22
            i32.const 0
            v128.load offset=608 align=1
            i16x8.ge_u
            i16x8.all_true
            i32.and
            local.set 20
          end
          local.get 20
          i32.eqz
          if  ;; label = @4
            local.get 8
            local.get 12
            i32.const 2
            i32.shl
            i32.add
            local.get 10
            i32.store
            local.get 12
            i32.const 1
            i32.add
            local.set 12
          end
        end
        local.get 10
        i32.const 1
        i32.add
        local.set 10
        local.get 10
        local.get 0
        i32.ge_u
        i32.eqz
        br_if 0 (;@2;)
      end
    end
    local.get 12)
  (memory (;0;) 1)
  (export "memory" (memory 0))
  (export "sincos" (func 0))
  (export "trigFp32" (func 1))
  (export "sincosRaw" (func 2))
  (export "cacheBf16" (func 3))
  (export "rotateNeox" (func 4))
  (export "rotateGptj" (func 5))
  (export "rotateNeox64" (func 6))
  (export "rotateGptj64" (func 7))
  (export "rotateBitsNeox" (func 8))
  (export "rotateBitsGptj" (func 9))
  (export "cacheFp16" (func 10))
  (export "rotateFp16Neox" (func 11))
  (export "rotateFp16Gptj" (func 12))
  (export "rotateFp16Neox64" (func 13))
  (export "rotateFp16Gptj64" (func 14))
  (export "cacheRot32" (func 15))
  (export "rot32Neox" (func 16))
  (export "rot32Gptj" (func 17))
  (export "rot32Bf16BitsNeox" (func 18))
  (export "rot32Bf16BitsGptj" (func 19))
  (export "rot32Fp16BitsNeox" (func 20))
  (export "rot32Fp16BitsGptj" (func 21))
  (export "fp16Bits" (func 22))
  (export "scaleFp16Cache" (func 23))
  (export "trigBf16" (func 24))
  (export "sincosBf16" (func 25))
  (export "sincosF32Raw" (func 26))
  (export "trigFp16" (func 27))
  (export "sincosFp16" (func 28))
  (export "reduceFp16F32" (func 29))
  (export "pinSlots" (func 30))
  (export "scaleCache" (func 31))
  (export "rotateBitsNeoxScaled" (func 32))
  (data (;0;) (i32.const 0) "\00\00\00\00\00\00\d0<\00\00\00\00\00\00\d0<\00\00\00\00\00\00\f0\7f\00\00\00\00\00\00\f0\7f\00\00\00\00\00\00\e0A\00\00\00\00\00\00\e0A\83\c8\c9m0_\e4?\83\c8\c9m0_\e4?\00\00\00\00\00\008C\00\00\00\00\00\008C\00\00\00\80\fb!\f9?\00\00\00\80\fb!\f9?\00\00\00\80\e9\dd\85\be\00\00\00\80\e9\dd\85\bepQ\cc\98\98F\f8<pQ\cc\98\98F\f8<\00\00\00\00\00\00\00\80\00\00\00\00\00\00\00\80IUUUUU\c5\bfIUUUUU\c5\bf\a6\f8\10\11\11\11\81?\a6\f8\10\11\11\11\81?\d5a\c1\19\a0\01*\bf\d5a\c1\19\a0\01*\bf}\fe\b1W\e3\1d\c7>}\fe\b1W\e3\1d\c7>\eb\9c+\8a\e6\e5Z\be\eb\9c+\8a\e6\e5Z\be|\d5\cfZ:\d9\e5=|\d5\cfZ:\d9\e5=\00\00\00\00\00\00\e0?\00\00\00\00\00\00\e0?\00\00\00\00\00\00\f0?\00\00\00\00\00\00\f0?LUUUUU\a5?LUUUUU\a5?wQ\c1\16l\c1V\bfwQ\c1\16l\c1V\bf\90\15\cb\19\a0\01\fa>\90\15\cb\19\a0\01\fa>\adR\9c\80O~\92\be\adR\9c\80O~\92\be\c4\b1\b4\bd\9e\ee!>\c4\b1\b4\bd\9e\ee!>\d48\88\be\e9\fa\a8\bd\d48\88\be\e9\fa\a8\bd\01\00\00\00\00\00\00\00\01\00\00\00\00\00\00\00\00\04\00F\00\04\00F\00\04\00F\00\04\00F\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\01\00\00\00\01\00\00\00\01\00\00\00\01\00\00\00\ff\7f\00\00\ff\7f\00\00\ff\7f\00\00\ff\7f\00\00\00\00\ff\ff\00\00\ff\ff\00\00\ff\ff\00\00\ff\ff\00\00\00\87\00\00\00\87\00\00\00\87\00\00\00\87\ff\ff\ffL\ff\ff\ffL\ff\ff\ffL\ff\ff\ffL\ff\ff\ff\ff\ff\1f\00\00\ff\ff\ff\ff\ff\1f\00\00\00\00\00\df\00\00\00\df\00\00\00\df\00\00\00\df\80\00\80G\80\00\80G\80\00\80G\80\00\80G\80\80\00\01\80\80\02\03\80\80\04\05\80\80\06\07\80\80\08\09\80\80\0a\0b\80\80\0c\0d\80\80\0e\0f\00\df\00\df\00\df\00\df\00\df\00\df\00\df\00\df\ffL\ffL\ffL\ffL\ffL\ffL\ffL\ffL\01\00\01\00\01\00\01\00\01\00\01\00\01\00\01\00\00\00@?\00\00@?\00\00@?\00\00@?\00\00\00\80\00\00\00\80\00\00\00\80\00\00\00\80\00\00\808\00\00\808\00\00\808\00\00\808\00\00\00\8e\00\00\00\8e\00\00\00\8e\00\00\00\8e\ff\ff\ff\00\ff\ff\ff\00\ff\ff\ff\00\ff\ff\ff\00\ff\ff\ff\ff\ff\03\00\00\ff\ff\ff\ff\ff\03\00\00\00\00\00\8f\00\00\00\8f\00\00\00\8f\00\00\00\8f\ff\ff\ffp\ff\ff\ffp\ff\ff\ffp\ff\ff\ffp\00\c0\ffF\00\c0\ffF\00\c0\ffF\00\c0\ffF\ff\ff\ffB\ff\ff\ffB\ff\ff\ffB\ff\ff\ffB\ff\0f\00\c8\ff\0f\00\c8\ff\0f\00\c8\ff\0f\00\c8\00\80\00\00\00\80\00\00\00\80\00\00\00\80\00\00\ff\ff\ff\7f\ff\ff\ff\7f\ff\ff\ff\7f\ff\ff\ff\7f\00\00\80G\00\00\80G\00\00\80G\00\00\80G\00\00\80w\00\00\80w\00\00\80w\00\00\80w\00\00\80\7f\00\00\80\7f\00\00\80\7f\00\00\80\7f\00|\00\00\00|\00\00\00|\00\00\00|\00\00\00\00\00\e3\00\00\00\e3\00\00\00\e3\00\00\00\e3\00\e3\00\e3\00\e3\00\e3\00\e3\00\e3\00\e3\00\e3\ffB\ffB\ffB\ffB\ffB\ffB\ffB\ffB\00\f8\00\f8\00\f8\00\f8\00\f8\00\f8\00\f8\00\f8\00\e0\ff\8f\00\e0\ff\8f\00\e0\ff\8f\00\e0\ff\8f\00\00\80\07\00\00\80\07\00\00\80\07\00\00\80\07\ff\ff\ff\03\ff\ff\ff\03\ff\ff\ff\03\ff\ff\ff\03\00\f0\00\f0\00\f0\00\f0\00\f0\00\f0\00\f0\00\f0\00\00\c0\7f\00\00\c0\7f\00\00\c0\7f\00\00\c0\7f\00\00\80+\00\00\80+\00\00\80+\00\00\80+\1d\ef86\1d\ef86\1d\ef86\1d\ef86\01\0dP\b9\01\0dP\b9\01\0dP\b9\01\0dP\b9\89\88\08<\89\88\08<\89\88\08<\89\88\08<\ab\aa*\be\ab\aa*\be\ab\aa*\be\ab\aa*\be\00\00\80?\00\00\80?\00\00\80?\00\00\80?\01\0d\d07\01\0d\d07\01\0d\d07\01\0d\d07a\0b\b6\baa\0b\b6\baa\0b\b6\baa\0b\b6\ba\ab\aa*=\ab\aa*=\ab\aa*=\ab\aa*=\00\00\00\bf\00\00\00\bf\00\00\00\bf\00\00\00\bf\14\80\ff\ff\14\80\ff\ff\14\80\ff\ff\14\80\ff\ff\ff\ff\00\00\ff\ff\00\00\ff\ff\00\00\ff\ff\00\00(\00\00\00(\00\00\00(\00\00\00(\00\00\00\00\00\00O\00\00\00O\00\00\00O\00\00\00O\00\00\809\00\00\809\00\00\809\00\00\809\14\f0\ff\ff\14\f0\ff\ff\14\f0\ff\ff\14\f0\ff\ff\ff\1f\00\00\ff\1f\00\00\ff\1f\00\00\ff\1f\00\00\00\10\00\00\00\10\00\00\00\10\00\00\00\10\00\00\00\e0\ff\ff\00\e0\ff\ff\00\e0\ff\ff\00\e0\ff\ff\83\f9\22?\83\f9\22?\83\f9\22?\83\f9\22?\00\00@K\00\00@K\00\00@K\00\00@K\00\00\c9?\00\00\c9?\00\00\c9?\00\00\c9?\00\00\fe9\00\00\fe9\00\00\fe9\00\00\fe9\00\00,\b5\00\00,\b5\00\00,\b5\00\00,\b51Z\8801Z\8801Z\8801Z\880\00M\00M\00M\00M\00M\00M\00M\00M"))
