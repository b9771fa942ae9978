import numpy as np
from backprop_ref import forward, gradients

Theta = {
    1: np.array([[0.35, 0.15, 0.20],
                 [0.35, 0.25, 0.30]]),
    2: np.array([[0.60, 0.40, 0.45],
                 [0.60, 0.50, 0.55]]),
}
x, y = np.array([0.05, 0.10]), np.array([0.0, 1.0])
a, z = forward(Theta, x)
L = 3

d = {L: a[L] - y}
for l in range(L - 1, 0, -1):  # down to layer 1
    g = a[l][1:]  # in layer 1 this is the input x itself: no unit computed it
    d[l] = (Theta[l].T @ d[l + 1])[1:] * g * (1 - g)
print(sorted(d), "d(1) =", d[1].round(9))

# Delta(l) += d(l+1) a(l)^T, l = 1, ..., L-1, reads d(2), ..., d(L). d(1) would
# belong to a Theta(0) feeding the input, which does not exist: nothing uses it.
print("Delta reads:", [l + 1 for l in range(1, L)], " Theta:", sorted(Theta))
D = gradients(Theta, [x], [y])
for l in range(1, L):
    assert np.allclose(np.outer(d[l + 1], a[l]), D[l]), "D never needs d(1)"
