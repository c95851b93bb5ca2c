//! Gives this crate's tests, examples and benches an rpath to the libignis that ignis-sys linked,
//! so `cargo test` and `cargo run --example` work with no LD_LIBRARY_PATH. (Link arguments do not
//! travel to dependents: a program of yours that uses this crate finds libignis through the
//! loader's usual paths, LD_LIBRARY_PATH, or an rpath of its own.)
fn main() {
    println!("cargo:rerun-if-env-changed=DEP_IGNIS_LIB_DIR");
    if let Ok(dir) = std::env::var("DEP_IGNIS_LIB_DIR") {
        println!("cargo:rustc-link-arg=-Wl,-rpath,{dir}");
    }
}
