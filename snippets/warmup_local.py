import numpy as np

x, y = 1.5, 1.0
b1, w1 = 0.1, 0.5
b2, w2 = -0.3, 0.8
g = lambda z: 1 / (1 + np.exp(-z))
z2 = w1 * x + b1
a2 = g(z2)
z3 = w2 * a2 + b2
a3 = g(z3)

# Each local derivative by its formula, and by a finite difference of that
# one step alone.
def slope(step, at, eps=1e-6):
    return (step(at + eps) - step(at - eps)) / (2 * eps)

local = {
    "dC/da(3)":    ((a3 - y) / (a3 * (1 - a3)),
                    slope(lambda a: -(y * np.log(a) + (1 - y) * np.log(1 - a)),
                          a3)),
    "da(3)/dz(3)": (a3 * (1 - a3), slope(g, z3)),
    "dz(3)/da(2)": (w2, slope(lambda a: w2 * a + b2, a2)),
    "dz(3)/dw2":   (a2, slope(lambda w: w * a2 + b2, w2)),
    "dz(3)/db2":   (1.0, slope(lambda b: w2 * a2 + b, b2)),
    "da(2)/dz(2)": (a2 * (1 - a2), slope(g, z2)),
    "dz(2)/dw1":   (x, slope(lambda w: w * x + b1, w1)),
    "dz(2)/db1":   (1.0, slope(lambda b: w1 * x + b, b1)),
}
for name, (formula, numeric) in local.items():
    assert np.isclose(formula, numeric, rtol=1e-8), name
    print(f"{name:12} = {formula:9.6f}   finite difference {numeric:9.6f}")
