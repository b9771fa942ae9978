import numpy as np
from backprop_ref import cost, gradients, init_weights, train

X = np.array([[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]])
Y = np.array([[0.0], [1.0], [1.0], [0.0]])


def gradient_size(Theta):
    D = gradients(Theta, X, Y)
    return max(np.abs(D[l]).max() for l in D)


# All weights zero: every output is 0.5 and every gradient is exactly 0.
zero = {1: np.zeros((3, 3)), 2: np.zeros((1, 4))}
J_zero = cost(zero, X, Y)
print(f"Theta = 0:  max |D| = {gradient_size(zero):.1e}   J = {J_zero:.6f}")

Theta = init_weights([2, 3, 1], epsilon=1.0, seed=0)
trained, _ = train(Theta, X, Y, alpha=3.0, epochs=300)
J_trained = cost(trained, X, Y)
print(f"trained:    max |D| = {gradient_size(trained):.1e}   J = {J_trained:.6f}")
assert J_trained < J_zero, "training lowers J, the quantity it minimizes"
