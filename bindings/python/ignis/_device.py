"""ignis.device: where a tensor lives ('cpu' or 'cuda:N'), as torch.device."""


class device:
    """A device: device('cpu'), device('cuda', 0) or device('cuda:0')."""

    _ignis_device = True  # lets ignis._C accept it wherever it takes a device
    __slots__ = ("type", "index")

    def __init__(self, spec, index=None):
        if isinstance(spec, device):
            self.type, self.index = spec.type, spec.index
            return
        if not isinstance(spec, str):
            raise TypeError(f"device(): expected a string or device but got {type(spec).__name__}")
        kind, _, num = spec.partition(":")
        if kind not in ("cpu", "cuda"):
            raise RuntimeError(
                f"Expected one of cpu, cuda device type at start of device string: {spec}"
            )
        if num:
            if index is not None:
                raise ValueError(f"device(): index given twice in {spec!r} and index={index}")
            if not num.isdigit():
                raise RuntimeError(f"Invalid device string: '{spec}'")
            index = int(num)
        if kind == "cpu" and index not in (None, 0):
            raise RuntimeError(f"device(): cpu has no index {index}")
        self.type = kind
        self.index = index if kind == "cuda" else None

    def __str__(self):
        return self.type if self.index is None else f"{self.type}:{self.index}"

    def __repr__(self):
        if self.index is None:
            return f"device(type='{self.type}')"
        return f"device(type='{self.type}', index={self.index})"

    def __eq__(self, other):
        if isinstance(other, str):
            other = device(other)
        if not isinstance(other, device):
            return NotImplemented
        return self.type == other.type and self.index == other.index

    def __hash__(self):
        return hash((self.type, self.index))


def as_device(d):
    """A device from None (cpu), a string, an int (cuda ordinal) or a device."""
    if d is None:
        return device("cpu")
    if isinstance(d, int) and not isinstance(d, bool):
        return device("cuda", d)
    return device(d)
