import numpy as np
from backprop_ref import gradients

x, y = 1.5, 0.0                 # the same network, now with target 0
b1, w1 = 0.1, 0.5
b2, w2 = -0.3, 0.8
g = lambda z: 1 / (1 + np.exp(-z))
a2 = g(w1 * x + b1)
a3 = g(w2 * a2 + b2)

d3 = a3 - y                     # the forward pass is unchanged; only d(3) is
d2 = d3 * w2 * a2 * (1 - a2)
chain = np.array([d2 * x, d2, d3 * a2, d3])
print(f"d(3) = {d3:.6f}   d(2) = {d2:.6f}")
print("dC/dw1, dC/db1, dC/dw2, dC/db2:", chain.round(6))


def C(w1, b1, w2, b2):
    a3 = g(w2 * g(w1 * x + b1) + b2)
    return -(y * np.log(a3) + (1 - y) * np.log(1 - a3))


eps, p = 1e-6, np.array([w1, b1, w2, b2])
numeric = np.array([(C(*(p + e)) - C(*(p - e))) / (2 * eps)
                    for e in eps * np.eye(4)])
Theta = {1: np.array([[b1, w1]]), 2: np.array([[b2, w2]])}
D = gradients(Theta, [[x]], [[y]])
assert np.allclose(chain, numeric, rtol=1e-7)
library = [D[1][0, 1], D[1][0, 0], D[2][0, 1], D[2][0, 0]]
assert np.allclose(chain, library, rtol=1e-12)
