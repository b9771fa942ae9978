import numpy as np


def max_back(u, v, grad):      # f = max(u, v): all of it to the larger input
    return (grad, 0.0) if u > v else (0.0, grad)


u, v, grad = 2.0, -1.0, 3.0    # grad = dC/df, arriving from above
routed = max_back(u, v, grad)
print("dC/du, dC/dv =", routed)

# A finite difference of C = grad * max(u, v) around the same point.
eps = 1e-6
numeric = ((grad * max(u + eps, v) - grad * max(u - eps, v)) / (2 * eps),
           (grad * max(u, v + eps) - grad * max(u, v - eps)) / (2 * eps))
assert np.allclose(routed, numeric)

# ReLU is max(0, z): a unit with z < 0 passes no gradient back at all.
z = np.array([-0.5, 0.3, 1.2])
relu_back = np.array([max_back(zi, 0.0, grad)[0] for zi in z])
print("ReLU, z =", z, "-> dC/dz =", relu_back)
