import numpy as np
from backprop_ref import init_weights, train

X = np.array([[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]])
Y = np.array([[0.0], [1.0], [1.0], [0.0]])
Theta = init_weights([2, 3, 1], epsilon=1.0, seed=0)

_, history = train(Theta, X, Y, alpha=3.0, epochs=1000, tol=1e-5)
print(len(history) - 1, round(history[-2] - history[-1], 8), round(history[-1], 6))
