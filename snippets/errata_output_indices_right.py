import numpy as np
from backprop_ref import forward, numerical_gradients, sigmoid_gradient

Theta = {
    1: np.array([[0.35, 0.15, 0.20],
                 [0.35, 0.25, 0.30]]),
    2: np.array([[0.60, 0.40, 0.45],
                 [0.60, 0.50, 0.55]]),
}
x, y = np.array([0.05, 0.10]), np.array([0.01, 0.99])
a, z = forward(Theta, x)
delta3 = (a[3] - y) * sigmoid_gradient(z[3])
a2 = a[2][1:]

N = numerical_gradients(Theta, [x], [y], loss="squared_error")
for name, (j, k) in {"w5": (0, 0), "w6": (0, 1)}.items():
    formula, numerical = delta3[j] * a2[k], N[2][j, 1 + k]
    print(f"{name}: delta_j a_k = {formula:.9f}   numerical = {numerical:.9f}")
assert np.allclose(np.outer(delta3, a2), N[2][:, 1:], rtol=0, atol=1e-10)
