import numpy as np
from backprop_ref import forward, numerical_gradients

Theta = {
    1: np.array([[0.35, 0.15, 0.20],
                 [0.35, 0.25, 0.30]]),
    2: np.array([[0.60, 0.40, 0.45],
                 [0.60, 0.50, 0.55]]),
}
x, y = np.array([0.05, 0.10]), np.array([0.01, 0.99])
a, z = forward(Theta, x)
a2, a3 = a[2][1:], a[3]

delta3 = (a3 - y) * a3 * (1 - a3)  # dC/da(3) * da(3)/dz(3), per output unit
j, k = 0, 0  # w1: input 1 -> hidden 1
paths = [delta3[i] * Theta[2][i, 1 + j] for i in range(2)]  # dz(3)_i/da(2)_j
dC_dw1 = sum(paths) * a2[j] * (1 - a2[j]) * x[k]
print(f"sum over both outputs: {dC_dw1:.9f}")

N = numerical_gradients(Theta, [x], [y], loss="squared_error")
print(f"dC/dw1, numerical:    {N[1][j, 1 + k]:.9f}")
assert abs(dC_dw1 - N[1][j, 1 + k]) < 1e-12, "sum over every output unit"
