import numpy as np
from backprop_ref import cost, log_softmax

# A confident output that is wrong: the true class is c = 2.
z = np.array([1000.0, 0.0, -1000.0])
c = 1
with np.errstate(under="ignore", divide="ignore"):
    a = np.exp(z - z.max()) / np.exp(z - z.max()).sum()  # a_2 rounds to 0
    naive = -np.log(a)[c]
by_log_sum_exp = z.max() + np.log(np.exp(z - z.max()).sum()) - z[c]

print(naive, by_log_sum_exp, -log_softmax(z)[c])
# The same number from cost(): one layer whose bias column is z, input 0.
Theta = {1: np.column_stack([z, np.ones(3)])}
J = cost(Theta, [[0.0]], [[0.0, 1.0, 0.0]], loss="softmax_cross_entropy")
assert J == by_log_sum_exp == 1000.0
