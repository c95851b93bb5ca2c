//! Raw FFI declarations of the Ignis C API (`ignis/ignis.h` and `ignis/experimental.h`).
//!
//! Everything here is `unsafe` and mirrors the C headers one to one: `codegen/gen.py` reads the
//! headers and writes `bindings.gen.rs`. Use the safe `ignis` crate unless you need the raw API.
//! `build.rs` links `libignis` (see its comment for how it finds the library).

#[rustfmt::skip]
#[path = "bindings.gen.rs"]
mod bindings;

pub use bindings::*;
