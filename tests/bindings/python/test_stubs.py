"""The committed type stubs (ignis/_C.pyi) describe what exists at run time: every method and
property they declare on Tensor exists, every module function they declare exists, and every
schema op is declared."""
import ast
import pathlib

import ignis

STUB = pathlib.Path(ignis.__file__).with_name("_C.pyi")


def declared():
    tree = ast.parse(STUB.read_text())
    funcs, methods = set(), set()
    for node in tree.body:
        if isinstance(node, ast.FunctionDef):
            funcs.add(node.name)
        elif isinstance(node, ast.ClassDef) and node.name == "Tensor":
            for item in node.body:
                if isinstance(item, ast.FunctionDef):
                    methods.add(item.name)
                elif isinstance(item, ast.AnnAssign):
                    methods.add(item.target.id)
    return funcs, methods


def test_stub_is_shipped_with_py_typed():
    assert STUB.exists() and STUB.with_name("py.typed").exists()


def test_declared_tensor_members_exist():
    _, methods = declared()
    missing = sorted(m for m in methods if not hasattr(ignis.Tensor, m))
    assert not missing, f"declared in _C.pyi but missing on ignis.Tensor: {missing}"


def test_declared_functions_exist():
    funcs, _ = declared()
    missing = sorted(f for f in funcs if not hasattr(ignis._C, f))
    assert not missing, f"declared in _C.pyi but missing in ignis._C: {missing}"


def test_every_schema_function_is_declared_and_exported():
    funcs, _ = declared()
    for name in ignis._C._op_names:
        assert name in funcs, f"{name} is not declared in _C.pyi"
        assert getattr(ignis, name) is getattr(ignis._C, name)


def test_nn_stub_classes_exist():
    import ignis.nn

    tree = ast.parse(pathlib.Path(ignis.nn.__file__).with_name("__init__.pyi").read_text())
    classes = [n.name for n in tree.body if isinstance(n, ast.ClassDef) and n.name[0] != "_"]
    assert "Linear" in classes
    missing = sorted(c for c in classes if not hasattr(ignis.nn, c))
    assert not missing, f"declared in nn/__init__.pyi but missing in ignis.nn: {missing}"
