import numpy as np
from backprop_ref import gradients, gradients_vectorized, init_weights

rng = np.random.default_rng(1)
Theta = init_weights([64, 25, 10], seed=1)     # the digits network's shape
X = rng.random((200, 64))
Y = np.eye(10)[rng.integers(0, 10, size=200)]  # one-hot targets
lam = 1.0

D_loop = gradients(Theta, X, Y, lam=lam)       # example by example
D_batch = gradients_vectorized(Theta, X, Y, lam=lam)   # all rows at once
for l in Theta:
    gap = np.abs(D_loop[l] - D_batch[l]).max()
    assert gap < 1e-12 * max(1.0, np.abs(D_loop[l]).max())
    print(f"D({l}) {D_loop[l].shape}: largest difference below 1e-12")
print(D_loop[2][0, :4].round(8))
print(D_batch[2][0, :4].round(8))
