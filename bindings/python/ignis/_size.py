"""ignis.Size: the shape of a tensor, a tuple of ints (as torch.Size)."""


class Size(tuple):
    """A tuple of dimension sizes."""

    __slots__ = ()

    def numel(self):
        """The number of elements a tensor of this shape holds."""
        n = 1
        for s in self:
            n *= s
        return n

    def __repr__(self):
        return f"ignis.Size([{', '.join(str(s) for s in self)}])"

    def __getitem__(self, key):
        r = tuple.__getitem__(self, key)
        return Size(r) if isinstance(key, slice) else r
