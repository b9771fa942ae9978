import numpy as np
from backprop_ref import init_weights, predict, train

X = np.array([[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]])
Y = np.array([[0.0], [1.0], [1.0], [0.0]])
Theta = init_weights([2, 3, 1], epsilon=1.0, seed=0)

for alpha in (0.1, 3.0, 30.0):
    trained, history = train(Theta, X, Y, alpha=alpha, epochs=1000)
    print(alpha, round(history[0], 4), round(history[-1], 4), predict(trained, X))
