import numpy as np
from backprop_ref import forward, softmax

Theta = {
    1: np.array([[0.35, 0.15, 0.20],
                 [0.35, 0.25, 0.30]]),
    2: np.array([[0.60, 0.40, 0.45],
                 [0.60, 0.50, 0.55],
                 [-0.20, 0.10, 0.90]]),
}
x = np.array([0.05, 0.10])
a, z = forward(Theta, x, loss="softmax_cross_entropy")
L = 3

by_hand = np.exp(z[L]) / np.exp(z[L]).sum()
assert np.allclose(by_hand, softmax(z[L])) and np.allclose(by_hand, a[L])
print("z(L) =", z[L].round(6))
print("a(L) =", a[L].round(6), " sum =", a[L].sum().round(12))
