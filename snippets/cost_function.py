import numpy as np
from backprop_ref import cost, forward

Theta = {
    1: np.array([[0.35, 0.15, 0.20],
                 [0.35, 0.25, 0.30]]),
    2: np.array([[0.60, 0.40, 0.45],
                 [0.60, 0.50, 0.55]]),
}
X = np.array([[0.05, 0.10], [0.90, 0.20], [0.30, 0.70]])
Y = np.array([[0.0, 1.0], [1.0, 0.0], [0.0, 1.0]])
m, lam, L = len(X), 0.1, 3

h = np.array([forward(Theta, x)[0][L] for x in X])  # a(L) for each example
data_term = -np.sum(Y * np.log(h) + (1 - Y) * np.log(1 - h)) / m
squares = sum(np.sum(T[:, 1:] ** 2) for T in Theta.values())  # j >= 1
penalty = lam / (2 * m) * squares
J = data_term + penalty
print(f"data term {data_term:.9f} + penalty {penalty:.9f} = J = {J:.9f}")
assert np.isclose(J, cost(Theta, X, Y, lam=lam), rtol=0, atol=1e-12)

# Summing from j = 0 would also penalize the bias weights: not the J above.
with_bias = lam / (2 * m) * sum(np.sum(T ** 2) for T in Theta.values())
print(f"with the bias column the penalty would be {with_bias:.9f}")
