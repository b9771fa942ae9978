import numpy as np
from backprop_ref import init_weights, sigmoid

Theta = init_weights([64, 25, 10], seed=0)     # the digits network
m, L = 100, 3
X = np.random.default_rng(0).random((m, 64))
Y = np.zeros((m, 10))

A = {1: X}
Z = {}
for l in range(1, L):
    Z[l + 1] = np.column_stack([np.ones(m), A[l]]) @ Theta[l].T
    A[l + 1] = sigmoid(Z[l + 1])
d = {L: A[L] - Y}
d[2] = (d[3] @ Theta[2][:, 1:]) * A[2] * (1 - A[2])
Delta = {l: d[l + 1].T @ np.column_stack([np.ones(m), A[l]])
         for l in (1, 2)}

print("Z(2), A(2):", Z[2].shape, A[2].shape)
print("delta(3), delta(2):", d[3].shape, d[2].shape)
print("Delta(1), Delta(2):", Delta[1].shape, Delta[2].shape)
assert all(Delta[l].shape == Theta[l].shape for l in Theta)
