import numpy as np
from backprop_ref import backward, cost, forward

Theta = {
    1: np.array([[0.35, 0.15, 0.20],
                 [0.35, 0.25, 0.30]]),
    2: np.array([[0.60, 0.40, 0.45],
                 [0.60, 0.50, 0.55],
                 [-0.20, 0.10, 0.90]]),
}
x, y = np.array([0.05, 0.10]), np.array([0.0, 0.0, 1.0])
loss, L = "softmax_cross_entropy", 3
a, z = forward(Theta, x, loss=loss)
d = backward(Theta, a, z, y, loss=loss)

# dC/dz(L) by central differences: z(L) = Theta(2) a(2), so moving the bias
# weight Theta(2)_i0 moves z_i alone.
epsilon, numeric = 1e-6, []
for i in range(3):
    E = np.zeros_like(Theta[2]); E[i, 0] = epsilon
    plus = cost({1: Theta[1], 2: Theta[2] + E}, [x], [y], loss=loss)
    minus = cost({1: Theta[1], 2: Theta[2] - E}, [x], [y], loss=loss)
    numeric.append((plus - minus) / (2 * epsilon))
print((a[L] - y).round(6), d[L].round(6), np.round(numeric, 6))
assert np.allclose(d[L], a[L] - y)
assert np.allclose(numeric, d[L], rtol=0, atol=1e-9)
