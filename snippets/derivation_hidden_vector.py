import numpy as np
from backprop_ref import (backward, cost, forward, init_weights, sigmoid,
                          sigmoid_gradient)

Theta = init_weights([2, 3, 3, 2], epsilon=1.0, seed=0)
x, y = np.array([0.05, 0.10]), np.array([0.0, 1.0])
L = 4
a, z = forward(Theta, x)

d = {L: a[L] - y}                  # the output error starts the induction
for l in range(L - 1, 1, -1):      # l = 3, 2: each step needs only d[l + 1]
    back = Theta[l].T @ d[l + 1]   # dC/da(l): s_l + 1 entries, bias first
    print(f"l = {l}: {len(back)} entries, bias entry {back[0]:.6f} dropped")
    d[l] = back[1:] * sigmoid_gradient(z[l])


def C_from(l, z_l):                # the cost as a function of z(l) alone
    rest = {k - l + 1: Theta[k] for k in range(l, L)}
    return cost(rest, [sigmoid(z_l)], [y])


eps = 1e-6
for l in (3, 2):
    numeric = np.array([(C_from(l, z[l] + e) - C_from(l, z[l] - e)) / (2 * eps)
                        for e in eps * np.eye(len(z[l]))])
    assert np.allclose(d[l], numeric, rtol=1e-6, atol=1e-9)
    assert np.allclose(d[l], backward(Theta, a, z, y)[l])
    print(l, d[l].round(6), numeric.round(6))
