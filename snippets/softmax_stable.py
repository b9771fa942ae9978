import numpy as np
from backprop_ref import softmax

z = np.array([1000.0, 999.0, -1000.0])
with np.errstate(over="ignore", invalid="ignore"):
    # e^1000 overflows to inf, and inf / inf is nan
    naive = np.exp(z) / np.exp(z).sum()
shifted = np.exp(z - z.max()) / np.exp(z - z.max()).sum()

print("naive:  ", naive)
print("shifted:", shifted.round(6))
assert np.array_equal(shifted, softmax(z))
assert np.allclose(softmax(z), softmax(z - 1000.0))
