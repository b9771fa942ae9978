import numpy as np
from backprop_ref import backward, forward, init_weights, sigmoid

Theta = init_weights([2, 3, 2], epsilon=1.0, seed=0)
X = np.array([[0.05, 0.10], [0.90, 0.20], [0.30, 0.70], [0.60, 0.40]])
Y = np.array([[0.0, 1.0], [1.0, 0.0], [0.0, 1.0], [1.0, 0.0]])
m, L = len(X), 3

A = {1: X}
for l in range(1, L):
    A[l + 1] = sigmoid(np.column_stack([np.ones(m), A[l]]) @ Theta[l].T)

d = {L: A[L] - Y}                              # (m, s_L)
for l in range(L - 1, 1, -1):
    # Theta(l) without its bias column: (s_{l+1}, s_l); g'(Z) = A (1 - A).
    d[l] = (d[l + 1] @ Theta[l][:, 1:]) * A[l] * (1 - A[l])   # (m, s_l)
    print(f"delta({l}): {d[l + 1].shape} x {Theta[l][:, 1:].shape} "
          f"-> {d[l].shape}")

for t in range(m):              # row t is what backward() gives example t
    a, z = forward(Theta, X[t])
    d_t = backward(Theta, a, z, Y[t])
    assert np.allclose(d[3][t], d_t[3]) and np.allclose(d[2][t], d_t[2])
print("delta(2), all rows:")
print(d[2].round(6))
