import numpy as np
from backprop_ref import gradients_vectorized, init_weights

Theta = init_weights([2, 3, 2], epsilon=1.0, seed=0)
rng = np.random.default_rng(0)
X = rng.random((12, 2))
Y = np.eye(2)[rng.integers(0, 2, size=12)]

D_all = gradients_vectorized(Theta, X, Y)      # lambda = 0
parts = [gradients_vectorized(Theta, X[k:k + 3], Y[k:k + 3])
         for k in range(0, 12, 3)]             # four mini-batches of 3 rows
for l in Theta:
    mean = sum(D[l] for D in parts) / len(parts)
    assert np.allclose(mean, D_all[l])
mean = sum(D[2] for D in parts) / len(parts)
print("mean of the 4 mini-batch D(2):", mean[0].round(6))
print("D(2) of all 12 rows:          ", D_all[2][0].round(6))
