import numpy as np


def naive(z):                              # e^(z_k) / sum_j e^(z_j), no max
    return np.exp(z) / np.exp(z).sum()     # subtracted: nothing shifts inside


# e^(z_k + gamma) = e^gamma e^(z_k): the factor e^gamma is in every term of the
# numerator and of the denominator. z + 700 stays below 709.78, where exp
# overflows, so the naive formula is still finite there.
z = np.array([0.5, -1.0, 2.0])
for gamma in (-3.0, 10.0, 700.0):
    print(gamma, naive(z + gamma).round(6))
    assert np.allclose(naive(z + gamma), naive(z), rtol=1e-12)
