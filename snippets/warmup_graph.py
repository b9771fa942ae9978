import numpy as np
from backprop_ref import gradients

x, y = 1.5, 1.0
b1, w1 = 0.1, 0.5
b2, w2 = -0.3, 0.8
g = lambda z: 1 / (1 + np.exp(-z))


# What each operation does to the gradient dC/df that arrives at its output f.
def add_back(grad):            # f = u + v: passed on to both inputs
    return grad, grad


def mul_back(u, v, grad):      # f = u v: each input gets the other one
    return v * grad, u * grad


def sigmoid_back(f, grad):     # f = g(u): multiplied by f (1 - f)
    return f * (1 - f) * grad


# Forward through the graph, one operation per line.
p1 = w1 * x
z2 = p1 + b1
a2 = g(z2)
p2 = w2 * a2
z3 = p2 + b2
a3 = g(z3)
C = -(y * np.log(a3) + (1 - y) * np.log(1 - a3))

# Backward through the same operations, in reverse order.
grad = {"a3": (a3 - y) / (a3 * (1 - a3))}                 # dC/da(3)
grad["z3"] = sigmoid_back(a3, grad["a3"])
grad["p2"], grad["b2"] = add_back(grad["z3"])
grad["w2"], grad["a2"] = mul_back(w2, a2, grad["p2"])
grad["z2"] = sigmoid_back(a2, grad["a2"])
grad["p1"], grad["b1"] = add_back(grad["z2"])
grad["w1"], grad["x"] = mul_back(w1, x, grad["p1"])
for name in ["a3", "z3", "p2", "b2", "w2", "a2", "z2", "p1", "b1", "w1", "x"]:
    print(f"dC/d{name:2} = {grad[name]:9.6f}")

Theta = {1: np.array([[b1, w1]]), 2: np.array([[b2, w2]])}
D = gradients(Theta, [[x]], [[y]])
library = [D[1][0, 0], D[1][0, 1], D[2][0, 0], D[2][0, 1]]
assert np.allclose([grad["b1"], grad["w1"], grad["b2"], grad["w2"]], library,
                   rtol=1e-12)
# backprop_ref gives no dC/dx: a finite difference of the chain checks it.
C_of_x = lambda x: -np.log(g(w2 * g(w1 * x + b1) + b2))   # y = 1
numeric = (C_of_x(x + 1e-6) - C_of_x(x - 1e-6)) / 2e-6
assert np.isclose(grad["x"], numeric, rtol=1e-7)
