import numpy as np
from backprop_ref import backward, cost, forward

# The hidden unit now feeds three output units: one row [b, w] of Theta(2)
# per unit.
x, y = 1.5, np.array([1.0, 0.0, 1.0])
Theta = {1: np.array([[0.1, 0.5]]),
         2: np.array([[-0.3, 0.8],
                      [0.2, -0.6],
                      [0.1, 1.2]])}
a, z = forward(Theta, [x])
a2 = a[2][1]
d3 = a[3] - y                        # one error per output unit

# a(2) reaches C along three paths, one per unit i it feeds: the terms add up.
dC_da2 = sum(Theta[2][i, 1] * d3[i] for i in range(3))
d2 = dC_da2 * a2 * (1 - a2)
print("terms w_i d(3)_i:", (Theta[2][:, 1] * d3).round(6))
print(f"dC/da(2) = {dC_da2:.6f}   d(2) = {d2:.6f}")

g = lambda z: 1 / (1 + np.exp(-z))
# The network from z(2) on, as a function of z(2) alone.
C_of_z2 = lambda z2: cost({1: Theta[2]}, [[g(z2)]], [y])
numeric = (C_of_z2(z[2][0] + 1e-6) - C_of_z2(z[2][0] - 1e-6)) / 2e-6
assert np.isclose(d2, numeric, rtol=1e-7)
assert np.isclose(d2, backward(Theta, a, z, y)[2][0], rtol=1e-12)
