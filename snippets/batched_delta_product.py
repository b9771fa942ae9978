import numpy as np
from backprop_ref import backward, forward, init_weights, sigmoid

Theta = init_weights([2, 3, 2], epsilon=1.0, seed=0)
X = np.array([[0.05, 0.10], [0.90, 0.20], [0.30, 0.70], [0.60, 0.40]])
Y = np.array([[0.0, 1.0], [1.0, 0.0], [0.0, 1.0], [1.0, 0.0]])
m, L = len(X), 3

A = {1: X}
for l in range(1, L):
    A[l + 1] = sigmoid(np.column_stack([np.ones(m), A[l]]) @ Theta[l].T)
d = {L: A[L] - Y}
d[2] = (d[3] @ Theta[2][:, 1:]) * A[2] * (1 - A[2])

Delta_loop = {l: np.zeros_like(T) for l, T in Theta.items()}
for t in range(m):                             # the article's loop
    a, z = forward(Theta, X[t])
    d_t = backward(Theta, a, z, Y[t])
    for l in Delta_loop:
        Delta_loop[l] += np.outer(d_t[l + 1], a[l])

for l in range(1, L):                          # one product per layer
    ones_A = np.column_stack([np.ones(m), A[l]])
    Delta = d[l + 1].T @ ones_A                # (s_{l+1}, m) x (m, s_l + 1)
    assert np.allclose(Delta, Delta_loop[l])
    print(f"Delta({l}): {d[l + 1].T.shape} x {ones_A.shape} -> {Delta.shape}")
print("Delta(2), one product:")
print((d[3].T @ np.column_stack([np.ones(m), A[2]])).round(6))
