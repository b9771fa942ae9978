import numpy as np
from backprop_ref import (backward, forward, init_weights,
                          numerical_gradients, split_theta)

Theta = init_weights([2, 3, 3, 2], epsilon=1.0, seed=0)
x, y = np.array([0.05, 0.10]), np.array([0.0, 1.0])
L = 4
a, z = forward(Theta, x)
d = backward(Theta, a, z, y)
N = numerical_gradients(Theta, [x], [y], lam=0.0)

for l in range(2, L + 1):      # W(l) and b(l) feed layer l: Theta[l - 1]
    dC_db, dC_dW = split_theta(N[l - 1])
    a_prev = a[l - 1][1:]      # a(l-1) without the bias unit
    assert np.allclose(np.outer(d[l], a_prev), dC_dW, rtol=1e-6, atol=1e-9)
    assert np.allclose(d[l], dC_db, rtol=1e-6, atol=1e-9)
    print(f"l = {l}: dC/db = {d[l].round(6)}")
