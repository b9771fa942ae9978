import numpy as np
from backprop_ref import gradients, numerical_gradients

Theta = {
    1: np.array([[0.35, 0.15, 0.20],
                 [0.35, 0.25, 0.30]]),
    2: np.array([[0.60, 0.40, 0.45],
                 [0.60, 0.50, 0.55]]),
}
X = np.array([[0.05, 0.10], [0.90, 0.20], [0.30, 0.70]])
Y = np.array([[0.0, 1.0], [1.0, 0.0], [0.0, 1.0]])
m, lam = len(X), 1.0

D = gradients(Theta, X, Y, lam=lam)
wrong = {l: D[l].copy() for l in D}
for l in wrong:
    # lambda applied to the bias column too
    wrong[l][:, 0] += lam / m * Theta[l][:, 0]
N = numerical_gradients(Theta, X, Y, lam=lam)

print((wrong[2] - N[2]).round(6) + 0.0)  # + 0.0 turns -0.0 into 0.0
assert np.allclose(D[2], N[2], rtol=0, atol=1e-9)
excess = wrong[2][:, 0] - N[2][:, 0]
assert np.allclose(excess, lam / m * Theta[2][:, 0], rtol=1e-6)
