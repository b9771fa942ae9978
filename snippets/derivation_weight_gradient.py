import numpy as np
from backprop_ref import backward, forward, init_weights, numerical_gradients

Theta = init_weights([2, 3, 3, 2], epsilon=1.0, seed=0)
x, y = np.array([0.05, 0.10]), np.array([0.0, 1.0])
L = 4
a, z = forward(Theta, x)
d = backward(Theta, a, z, y)

# One example, no regularization: J is exactly C, so this is dC/dTheta.
N = numerical_gradients(Theta, [x], [y], lam=0.0)
for l in range(1, L):
    outer = np.outer(d[l + 1], a[l])           # delta(l+1) (a(l))^T
    assert np.allclose(outer, N[l], rtol=1e-6, atol=1e-9)
    # Column j = 0 multiplies a(l)_0 = 1: a bias weight's finite difference
    # is delta(l+1) itself.
    assert np.allclose(N[l][:, 0], d[l + 1], rtol=1e-6, atol=1e-9)
    print(f"l = {l}: shape {outer.shape}, first row {outer[0].round(6)}")
