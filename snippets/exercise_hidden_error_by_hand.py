import numpy as np
from backprop_ref import backward, forward

Theta = {
    1: np.array([[0.35, 0.15, 0.20],
                 [0.35, 0.25, 0.30]]),
    2: np.array([[0.60, 0.40, 0.45],
                 [0.60, 0.50, 0.55]]),
}
x, y = np.array([0.05, 0.10]), np.array([0.0, 1.0])
g = lambda z: 1 / (1 + np.exp(-z))

# Forward, unit by unit.
z2 = [0.35 + 0.15 * 0.05 + 0.20 * 0.10, 0.35 + 0.25 * 0.05 + 0.30 * 0.10]
a2 = [g(z2[0]), g(z2[1])]
z3 = [0.60 + 0.40 * a2[0] + 0.45 * a2[1], 0.60 + 0.50 * a2[0] + 0.55 * a2[1]]
d3 = [g(z3[0]) - y[0], g(z3[1]) - y[1]]
# Step 2: column j of Theta(2) (j = 1, 2; column 0 is the bias),
# times g'(z) = a (1 - a).
d2 = [(0.40 * d3[0] + 0.50 * d3[1]) * a2[0] * (1 - a2[0]),
      (0.45 * d3[0] + 0.55 * d3[1]) * a2[1] * (1 - a2[1])]

print("z(2) =", np.round(z2, 6), " a(2) =", np.round(a2, 6))
print("d(3) =", np.round(d3, 6), " d(2) =", np.round(d2, 6))
a, z = forward(Theta, x)
assert np.allclose(d2, backward(Theta, a, z, y)[2], rtol=1e-12)
