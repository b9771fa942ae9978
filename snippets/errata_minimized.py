import numpy as np
from backprop_ref import cost, gradients, init_weights, train

X = np.array([[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]])
Y = np.array([[0.0], [1.0], [1.0], [0.0]])


def gradient_size(Theta):
    D = gradients(Theta, X, Y)
    return max(np.abs(D[l]).max() for l in D)


# All weights zero: every output is 0.5 and every gradient is exactly 0.
zero = {1: np.zeros((3, 3)), 2: np.zeros((1, 4))}
print(f"Theta = 0:  max |D| = {gradient_size(zero):.1e}   J = {cost(zero, X, Y):.6f}")

trained, _ = train(init_weights([2, 3, 1], epsilon=1.0, seed=0), X, Y, alpha=3.0, epochs=300)
print(f"trained:    max |D| = {gradient_size(trained):.1e}   J = {cost(trained, X, Y):.6f}")
assert cost(trained, X, Y) < cost(zero, X, Y), "training lowers J, the quantity that is minimized"
