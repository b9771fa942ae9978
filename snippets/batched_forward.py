import numpy as np
from backprop_ref import forward, init_weights, sigmoid

Theta = init_weights([2, 3, 2], epsilon=1.0, seed=0)
X = np.array([[0.05, 0.10], [0.90, 0.20], [0.30, 0.70], [0.60, 0.40]])
m, L = len(X), 3

A = {1: X}                                     # (m, s_1): row t is example t
Z = {}
for l in range(1, L):
    ones_A = np.column_stack([np.ones(m), A[l]])   # [1 | A(l)]: (m, s_l + 1)
    Z[l + 1] = ones_A @ Theta[l].T                 # (m, s_{l+1})
    A[l + 1] = sigmoid(Z[l + 1])
    print(f"Z({l + 1}) = [1 | A({l})] Theta({l})^T: "
          f"{ones_A.shape} x {Theta[l].T.shape} -> {Z[l + 1].shape}")

for t in range(m):              # row t is what forward() gives example t
    a, z = forward(Theta, X[t])
    assert np.allclose(Z[2][t], z[2]) and np.allclose(Z[3][t], z[3])
    assert np.allclose(A[2][t], a[2][1:]) and np.allclose(A[3][t], a[3])
print("row 2 of A(3):      ", A[3][1].round(6))
print("forward(Theta, X[1]):", forward(Theta, X[1])[0][3].round(6))
