import numpy as np
from backprop_ref import forward, init_weights, log_sigmoid, sigmoid_gradient

Theta = init_weights([2, 3, 3, 2], epsilon=1.0, seed=0)
x, y = np.array([0.05, 0.10]), np.array([0.0, 1.0])
L = 4
a, z = forward(Theta, x)


def C_of_a(a_L):   # the cost as a function of the output activations
    return -np.sum(y * np.log(a_L) + (1 - y) * np.log(1 - a_L))


def C_of_z(z_L):   # the same cost through a(L) = g(z(L))
    return -np.sum(y * log_sigmoid(z_L) + (1 - y) * log_sigmoid(-z_L))


eps = 1e-6
E = eps * np.eye(2)
dC_da = np.array([(C_of_a(a[L] + e) - C_of_a(a[L] - e)) / (2 * eps)
                  for e in E])
dC_dz = np.array([(C_of_z(z[L] + e) - C_of_z(z[L] - e)) / (2 * eps)
                  for e in E])
chain = dC_da * sigmoid_gradient(z[L])
assert np.allclose(chain, dC_dz, rtol=1e-6)
print("dC/da * g'(z):", chain.round(6))
print("dC/dz:        ", dC_dz.round(6))
