import numpy as np
from backprop_ref import init_weights, train

X = np.array([[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]])
Y = np.array([[0.0], [1.0], [1.0], [0.0]])            # XOR

equal = {1: np.full((4, 3), 0.5), 2: np.full((1, 5), 0.5)}
Theta, history = train(equal, X, Y, alpha=3.0, epochs=2000)
rows = Theta[1]
assert np.allclose(rows, rows[0])          # four identical hidden units
assert np.allclose(Theta[2][:, 1:], Theta[2][0, 1])   # and weights out
print("equal start, Theta(1) after 2000 epochs:")
print(rows.round(4))
print(f"J: {history[0]:.4f} -> {history[-1]:.4f}")

Theta, history = train(init_weights([2, 4, 1], epsilon=1.0, seed=0), X, Y,
                       alpha=3.0, epochs=2000)
assert not np.allclose(Theta[1], Theta[1][0])
print(f"random start, J: {history[0]:.4f} -> {history[-1]:.4f}")
