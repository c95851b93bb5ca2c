//! Finds libignis and tells cargo to link it. In order:
//!   1. `IGNIS_LIB_DIR`: the folder holding `libignis.so` (e.g. `build/default/capi`);
//!   2. `pkg-config --variable=libdir ignis` (the `ignis.pc` that `cmake --install` writes);
//!   3. this repository's own build, `build/default/capi` (what `scripts/test.sh` builds).
//!
//! It never downloads or builds anything. The folder is passed on to dependents' build scripts
//! as `DEP_IGNIS_LIB_DIR`, so the `ignis` crate can give its tests and examples an rpath.
use std::env;
use std::path::{Path, PathBuf};
use std::process::Command;

fn has_lib(dir: &Path) -> bool {
    dir.join("libignis.so").exists() || dir.join("libignis.dylib").exists()
}

fn from_env() -> Option<Result<PathBuf, String>> {
    let dir = PathBuf::from(env::var_os("IGNIS_LIB_DIR")?);
    Some(if has_lib(&dir) {
        Ok(dir)
    } else {
        Err(format!("IGNIS_LIB_DIR={} holds no libignis.so", dir.display()))
    })
}

fn from_pkg_config() -> Option<PathBuf> {
    let out = Command::new("pkg-config").args(["--variable=libdir", "ignis"]).output().ok()?;
    if !out.status.success() {
        return None;
    }
    let dir = PathBuf::from(String::from_utf8(out.stdout).ok()?.trim());
    has_lib(&dir).then_some(dir)
}

fn from_repository() -> Option<PathBuf> {
    let manifest = PathBuf::from(env::var_os("CARGO_MANIFEST_DIR")?);
    let dir = manifest.join("../../../build/default/capi");
    has_lib(&dir).then(|| dir.canonicalize().unwrap_or(dir))
}

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-env-changed=IGNIS_LIB_DIR");
    println!("cargo:rerun-if-env-changed=PKG_CONFIG_PATH");
    let dir = match from_env() {
        Some(Ok(dir)) => dir,
        Some(Err(msg)) => panic!("ignis-sys: {msg}; point it at the folder of libignis.so"),
        None => from_pkg_config().or_else(from_repository).unwrap_or_else(|| {
            panic!(
                "ignis-sys: cannot find libignis. Set IGNIS_LIB_DIR to the folder holding \
                 libignis.so (build/default/capi after `cmake --build --preset default`), or \
                 install Ignis (`cmake --install`) where `pkg-config --variable=libdir ignis` \
                 finds it (set PKG_CONFIG_PATH to <prefix>/lib/pkgconfig)."
            )
        }),
    };
    println!("cargo:rustc-link-search=native={}", dir.display());
    println!("cargo:rustc-link-lib=dylib=ignis");
    println!("cargo:lib_dir={}", dir.display());
    // An rpath for this crate's own tests (link arguments do not reach dependents).
    println!("cargo:rustc-link-arg=-Wl,-rpath,{}", dir.display());
}
