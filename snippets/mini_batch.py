import numpy as np
from backprop_ref import gradients, init_weights, train

X = np.array([[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]])
Y = np.array([[0.0], [1.0], [1.0], [0.0]])
Theta = init_weights([2, 3, 1], epsilon=1.0, seed=0)

D = gradients(Theta, X, Y)
D_first = gradients(Theta, X[:2], Y[:2])
D_second = gradients(Theta, X[2:], Y[2:])
print(all(np.allclose(D[l], (D_first[l] + D_second[l]) / 2) for l in D))

_, history = train(Theta, X, Y, alpha=3.0, epochs=300, batch_size=2, seed=0)
print(len(history) - 1, round(history[-1], 6))
