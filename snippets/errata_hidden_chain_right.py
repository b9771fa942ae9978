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

j, k = 0, 0  # w1: input 1 -> hidden 1
paths = [(a3[i] - y[i]) * a3[i] * (1 - a3[i]) * Theta[2][i, 1 + j] for i in range(2)]
dC_dw1 = sum(paths) * a2[j] * (1 - a2[j]) * x[k]
print(f"sum over both outputs: {dC_dw1:.9f}")

N = numerical_gradients(Theta, [x], [y], loss="squared_error")
print(f"dC/dw1, numerical:    {N[1][j, 1 + k]:.9f}")
assert abs(dC_dw1 - N[1][j, 1 + k]) < 1e-12, "the chain must sum over every output unit"
