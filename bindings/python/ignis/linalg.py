"""ignis.linalg: the schema's linalg_* ops under torch.linalg's names."""
from . import _C

norm = _C.linalg_norm
solve = _C.linalg_solve
inv = _C.linalg_inv
det = _C.linalg_det
cholesky = _C.linalg_cholesky
qr = _C.linalg_qr
svd = _C.linalg_svd
matmul = _C.matmul
