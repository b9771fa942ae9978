import numpy as np
from backprop_ref import softmax

# e^(z_k + c) = e^c e^(z_k): the factor e^c is in every term of the
# numerator and of the denominator.
z = np.array([0.5, -1.0, 2.0])
for c in (-3.0, 10.0, 700.0):
    print(c, softmax(z + c).round(6))
    assert np.allclose(softmax(z + c), softmax(z), rtol=1e-12)
