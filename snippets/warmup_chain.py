import numpy as np
from backprop_ref import gradients

x, y = 1.5, 1.0
b1, w1 = 0.1, 0.5
b2, w2 = -0.3, 0.8
g = lambda z: 1 / (1 + np.exp(-z))
z2 = w1 * x + b1
a2 = g(z2)
z3 = w2 * a2 + b2
a3 = g(z3)

# Multiplied back, from C to each parameter.
d3 = (a3 - y) / (a3 * (1 - a3)) * a3 * (1 - a3)   # dC/dz(3) = a(3) - y
dw2, db2 = d3 * a2, d3 * 1.0
d2 = d3 * w2 * a2 * (1 - a2)                      # dC/dz(2)
dw1, db1 = d2 * x, d2 * 1.0
chain = np.array([dw1, db1, dw2, db2])
print(f"d(3) = {d3:.6f}   d(2) = {d2:.6f}")

# backprop_ref on layer sizes [1, 1, 1]: D[l] = [[dC/db, dC/dw]], bias first.
Theta = {1: np.array([[b1, w1]]), 2: np.array([[b2, w2]])}
D = gradients(Theta, [[x]], [[y]])
library = np.array([D[1][0, 1], D[1][0, 0], D[2][0, 1], D[2][0, 0]])


def C(w1, b1, w2, b2):   # the whole chain, written out once more
    a3 = g(w2 * g(w1 * x + b1) + b2)
    return -(y * np.log(a3) + (1 - y) * np.log(1 - a3))


eps, p = 1e-6, np.array([w1, b1, w2, b2])
numeric = np.array([(C(*(p + e)) - C(*(p - e))) / (2 * eps)
                    for e in eps * np.eye(4)])
assert np.allclose(chain, library, rtol=1e-12)
assert np.allclose(chain, numeric, rtol=1e-7)
print(f"{'':6} {'chain':>9}  {'gradients':>9}  finite difference")
names = ["dC/dw1", "dC/db1", "dC/dw2", "dC/db2"]
for name, c, d, n in zip(names, chain, library, numeric):
    print(f"{name} {c:9.6f}  {d:9.6f}  {n:9.6f}")
