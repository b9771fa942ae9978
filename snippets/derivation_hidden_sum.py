import numpy as np
from backprop_ref import (backward, cost, forward, init_weights, sigmoid,
                          sigmoid_gradient)

Theta = init_weights([2, 3, 3, 2], epsilon=1.0, seed=0)
x, y = np.array([0.05, 0.10]), np.array([0.0, 1.0])
L, l = 4, 3
a, z = forward(Theta, x)
d_next = backward(Theta, a, z, y)[l + 1]   # delta(l+1), from the layer above

s_l, s_next = len(z[l]), len(d_next)
d_l = np.zeros(s_l)
for j in range(1, s_l + 1):          # unit j of layer l (numpy index j - 1)
    total = 0.0
    for i in range(1, s_next + 1):   # every unit i of layer l+1 that j feeds
        # dC/dz(l+1)_i * dz(l+1)_i/da(l)_j
        total += d_next[i - 1] * Theta[l][i - 1, j]
    # ... * da(l)_j/dz(l)_j
    d_l[j - 1] = total * sigmoid_gradient(z[l][j - 1])


def C_from_layer_3(z_l):             # run the network on from z(3)
    return cost({1: Theta[3]}, [sigmoid(z_l)], [y])


eps = 1e-6
numeric = np.array([(C_from_layer_3(z[l] + e) - C_from_layer_3(z[l] - e))
                    / (2 * eps) for e in eps * np.eye(s_l)])
assert np.allclose(d_l, numeric, rtol=1e-6, atol=1e-9)
print("sum over i:       ", d_l.round(6))
print("finite difference:", numeric.round(6))
