import numpy as np
from backprop_ref import (gradients, init_weights, numerical_gradients,
                          regularization)

Theta = init_weights([2, 3, 3, 2], epsilon=1.0, seed=0)
X = np.array([[0.05, 0.10], [0.90, 0.20], [0.30, 0.70]])
Y = np.array([[0.0, 1.0], [1.0, 0.0], [0.0, 1.0]])
m, lam = len(X), 0.5

# The data part: the sum over t of each example's dC_t/dTheta.
Delta = {l: np.zeros_like(T) for l, T in Theta.items()}
for t in range(m):
    dC_t = numerical_gradients(Theta, X[t:t + 1], Y[t:t + 1], lam=0.0)
    for l in Delta:
        Delta[l] += dC_t[l]

# The regularization term alone, differentiated numerically (layer 1).
eps, l = 1e-6, 1
R = np.zeros_like(Theta[l])
for i, j in np.ndindex(Theta[l].shape):
    plus = {k: T.copy() for k, T in Theta.items()}
    minus = {k: T.copy() for k, T in Theta.items()}
    plus[l][i, j] += eps
    minus[l][i, j] -= eps
    R[i, j] = (regularization(plus, lam, m)
               - regularization(minus, lam, m)) / (2 * eps)
assert np.allclose(R[:, 0], 0)                              # bias column
assert np.allclose(R[:, 1:], lam / m * Theta[l][:, 1:])     # the rest
print("d/dTheta of the penalty, layer 1:")
print(R.round(6))

D = gradients(Theta, X, Y, lam=lam)
assert np.allclose(D[l], Delta[l] / m + R, atol=1e-9)
print("Delta/m + penalty:", (Delta[l] / m + R)[0].round(6))
print("gradients():      ", D[l][0].round(6))
