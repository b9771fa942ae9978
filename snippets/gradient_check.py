import numpy as np
from backprop_ref import cost, gradients, numerical_gradients

Theta = {
    1: np.array([[0.35, 0.15, 0.20],
                 [0.35, 0.25, 0.30]]),
    2: np.array([[0.60, 0.40, 0.45],
                 [0.60, 0.50, 0.55]]),
}
X = np.array([[0.05, 0.10], [0.90, 0.20], [0.30, 0.70]])
Y = np.array([[0.0, 1.0], [1.0, 0.0], [0.0, 1.0]])
lam, epsilon = 0.1, 1e-4

# Theta(2)_11 (row i = 1, column j = 1) is Theta[2][0, 1]: numpy rows from 0.
E = np.zeros_like(Theta[2])
E[0, 1] = 1.0
plus = cost({1: Theta[1], 2: Theta[2] + epsilon * E}, X, Y, lam=lam)
minus = cost({1: Theta[1], 2: Theta[2] - epsilon * E}, X, Y, lam=lam)
D = gradients(Theta, X, Y, lam=lam)
print(round((plus - minus) / (2 * epsilon), 6), round(D[2][0, 1], 6))

N = numerical_gradients(Theta, X, Y, lam=lam, epsilon=epsilon)
for l in Theta:
    assert np.allclose(D[l], N[l], rtol=0, atol=1e-9), "gradient check fails"
