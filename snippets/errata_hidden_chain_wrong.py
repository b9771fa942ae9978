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
N = numerical_gradients(Theta, [x], [y], loss="squared_error")
for i in range(2):  # one chain through output unit i alone: no sum over i
    path = delta3[i] * Theta[2][i, 1 + j] * a2[j] * (1 - a2[j]) * x[k]
    print(f"through output {i + 1} only: {path:.9f}")
    assert abs(path - N[1][j, 1 + k]) > 1e-6, "one path is not the derivative"
print(f"dC/dw1, numerical:      {N[1][j, 1 + k]:.9f}")
