import numpy as np
from backprop_ref import (backward, cost, forward, init_weights, log_sigmoid,
                          sigmoid)

Theta = init_weights([2, 3, 3, 2], epsilon=1.0, seed=0)  # L = 4
x, y = np.array([0.05, 0.10]), np.array([0.0, 1.0])
L = 4
a, z = forward(Theta, x)


def C_from(l, z_l):
    """This example's cost as a function of z(l) alone."""
    if l == L:
        return -np.sum(y * log_sigmoid(z_l) + (1 - y) * log_sigmoid(-z_l))
    # Layers l..L form a smaller network whose input is g(z(l)).
    rest = {k - l + 1: Theta[k] for k in range(l, L)}
    return cost(rest, [sigmoid(z_l)], [y])


d = backward(Theta, a, z, y)
eps = 1e-6
for l in range(L, 1, -1):
    numeric = np.array([(C_from(l, z[l] + e) - C_from(l, z[l] - e)) / (2 * eps)
                        for e in eps * np.eye(len(z[l]))])
    assert np.allclose(numeric, d[l], rtol=1e-6, atol=1e-9)
    print(l, numeric.round(6), d[l].round(6))
