import numpy as np
from backprop_ref import gradients

Theta = {
    1: np.array([[0.35, 0.15, 0.20],
                 [0.35, 0.25, 0.30]]),
    2: np.array([[0.60, 0.40, 0.45],
                 [0.60, 0.50, 0.55]]),
}
X = np.array([[0.05, 0.10], [0.90, 0.20], [0.30, 0.70]])
Y = np.array([[0.0, 1.0], [1.0, 0.0], [0.0, 1.0]])
m, lam = len(X), 0.1

D1, D2 = gradients(Theta, X, Y, lam=lam), gradients(Theta, X, Y, lam=2 * lam)
change = D2[2] - D1[2]
print(change.round(6))
print((lam / m * Theta[2]).round(6))
for l in Theta:
    assert np.array_equal(D2[l][:, 0], D1[l][:, 0])  # bias column: unchanged
    growth = D2[l][:, 1:] - D1[l][:, 1:]
    assert np.allclose(growth, lam / m * Theta[l][:, 1:], rtol=1e-12)
