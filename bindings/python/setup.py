"""Builds and installs the Python package `ignis` offline (DESIGN §8):

    /usr/bin/python3 -m venv --system-site-packages .venv
    .venv/bin/pip install --no-build-isolation ./bindings/python

The build step runs CMake on the repository root and builds the extension ignis._C with
libignis (target ignis_python). With IGNIS_BUILD_DIR set (e.g. build/default) it reuses that
build tree; otherwise it configures its own in build/python at the repository root (ccache makes
that cheap when the engine was built before in build/<preset>). The package ships libignis.so.1 beside _C, which finds
it through its rpath ($ORIGIN), so no LD_LIBRARY_PATH is needed.
"""
import os
import pathlib
import shutil
import subprocess
import sys
import sysconfig

from setuptools import Extension, setup
from setuptools.command.build_ext import build_ext

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent.parent


def find_build_dir(spec):
    """IGNIS_BUILD_DIR as given; a relative path is taken from where pip was started (the build
    backend itself runs in bindings/python), else from the repository root."""
    path = pathlib.Path(spec)
    if path.is_absolute():
        return path
    for base in (os.environ.get("PWD"), ROOT, os.getcwd()):
        if base and (pathlib.Path(base) / path / "CMakeCache.txt").exists():
            return (pathlib.Path(base) / path).resolve()
    return path.resolve()


class CMakeExtension(Extension):
    def __init__(self, name):
        super().__init__(name, sources=[])


class CMakeBuild(build_ext):
    """Builds ignis._C with CMake and copies it and libignis.so.1 into the package."""

    def run_cmake(self, *args):
        print("ignis setup.py: cmake " + " ".join(args), flush=True)
        subprocess.run(["cmake", *args], check=True)

    def build_extension(self, ext):
        if not (ROOT / "capi" / "include" / "ignis" / "ignis.h").exists():
            raise RuntimeError(
                f"ignis setup.py: the Ignis sources are not at {ROOT} "
                "(install from a checkout: pip install ./bindings/python)"
            )
        jobs = os.environ.get("CMAKE_BUILD_PARALLEL_LEVEL", "2")
        build_dir = os.environ.get("IGNIS_BUILD_DIR")
        if build_dir:
            build_dir = find_build_dir(build_dir)
            if not (build_dir / "CMakeCache.txt").exists():
                raise RuntimeError(
                    f"ignis setup.py: IGNIS_BUILD_DIR={build_dir} is not a CMake "
                    "build tree of Ignis (no CMakeCache.txt)"
                )
            if not (build_dir / "bindings/python/CMakeFiles/ignis_python.dir").exists():
                # configured without the Python binding: turn it on in that tree
                self.run_cmake(
                    "-S",
                    str(ROOT),
                    "-B",
                    str(build_dir),
                    "-DIGNIS_PYTHON=ON",
                    f"-DIGNIS_PYTHON_EXECUTABLE={sys.executable}",
                )
        else:
            # build/python beside the presets' build/<preset> trees: the same depth keeps the
            # relative source paths equal, so ccache reuses their objects
            build_dir = ROOT / "build" / "python"
            if not (build_dir / "CMakeCache.txt").exists():
                gen = ["-G", "Ninja"] if shutil.which("ninja") else []
                self.run_cmake(
                    "-S",
                    str(ROOT),
                    "-B",
                    str(build_dir),
                    *gen,
                    "-DCMAKE_BUILD_TYPE=Release",
                    "-DIGNIS_PYTHON=ON",
                    f"-DIGNIS_PYTHON_EXECUTABLE={sys.executable}",
                    "-DIGNIS_BUILD_TESTS=OFF",
                    "-DIGNIS_BUILD_BENCH=OFF",
                    "-DIGNIS_BUILD_EXAMPLES=OFF",
                    "-DIGNIS_CUDA=OFF",
                )
        self.run_cmake("--build", str(build_dir), "--target", "ignis_python", "-j", jobs)

        suffix = sysconfig.get_config_var("EXT_SUFFIX")
        built = build_dir / "bindings" / "python" / f"_C{suffix}"
        if not built.exists():
            found = sorted(p.name for p in (build_dir / "bindings" / "python").glob("_C*.so"))
            raise RuntimeError(
                f"ignis setup.py: expected {built.name} for this Python but the "
                f"build made {found} (set IGNIS_PYTHON_EXECUTABLE={sys.executable})"
            )
        dest = pathlib.Path(self.get_ext_fullpath(ext.name))
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(built, dest)
        lib = (build_dir / "capi" / "libignis.so.1").resolve()  # the real file, not the link
        shutil.copyfile(lib, dest.parent / "libignis.so.1")


setup(
    name="ignis",
    version="0.1.0",
    description="Ignis deep learning engine: tensors, autograd and ops with PyTorch's names",
    python_requires=">=3.9",
    packages=[
        "ignis",
        "ignis.autograd",
        "ignis.nn",
        "ignis.optim",
        "ignis.utils",
        "ignis.utils.data",
    ],
    package_data={"ignis": ["py.typed", "*.pyi"], "ignis.nn": ["*.pyi"]},
    ext_modules=[CMakeExtension("ignis._C")],
    cmdclass={"build_ext": CMakeBuild},
    zip_safe=False,
)
