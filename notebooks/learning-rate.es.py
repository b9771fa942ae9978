# ---
# jupyter:
#   kernelspec:
#     display_name: Python 3 (ipykernel)
#     language: python
#     name: python3
# ---

# %% [markdown]
# # Cómo elegir la tasa de aprendizaje
#
# El descenso del gradiente da pasos de tamaño $\alpha$ en contra del gradiente:
#
# $$\Theta^{(l)} := \Theta^{(l)} - \alpha D^{(l)}$$
#
# La retropropagación da la dirección, $D^{(l)}$; la tasa de aprendizaje $\alpha$ decide cuánto
# avanzar. Si es demasiado pequeña, el entrenamiento apenas progresa; si es demasiado grande, cada
# paso se pasa del mínimo al que apunta y el coste oscila o crece. Este cuaderno entrena tres veces
# la misma red con los mismos dígitos manuscritos, cambiando solo $\alpha$, y dibuja las tres
# curvas de aprendizaje.
#
# Para ejecutarlo en su equipo: desde una copia local del repositorio, `pip install -e ".[notebook]"`
# instala `backprop_ref` junto con lo demás que usa este cuaderno (matplotlib, scikit-learn) y
# JupyterLab; después abra el archivo descargado con `jupyter lab`.

# %%
import matplotlib.pyplot as plt
import numpy as np
from sklearn.datasets import load_digits
from sklearn.model_selection import train_test_split

from backprop_ref import init_weights, predict, train

# %% [markdown]
# ## Datos y red
#
# Como en el cuaderno *Entrenar una red con dígitos manuscritos*: los dígitos de 8×8 de
# scikit-learn reescalados a $[0, 1]$, etiquetas *one-hot*, una cuarta parte de las imágenes
# reservada para la prueba y una red con 64 entradas, 25 unidades ocultas y 10 salidas. Las tres
# ejecuciones parten de los mismos pesos.

# %%
digits = load_digits()
X = digits.data / 16.0
labels = digits.target
Y = np.eye(10)[labels]
(X_train, X_test, Y_train, Y_test,
 labels_train, labels_test) = train_test_split(
    X, Y, labels, test_size=0.25, random_state=0, stratify=labels)
Theta = init_weights([64, 25, 10], epsilon=0.12, seed=0)

# %% [markdown]
# ## Tres tasas de aprendizaje
#
# Cada ejecución hace 30 épocas de descenso del gradiente por minilotes (de 16 ejemplos, barajados
# siempre igual) y guarda el coste $J(\Theta)$ sobre el conjunto de entrenamiento tras cada época.

# %%
alphas = [0.01, 0.25, 30.0]
histories = {}
for alpha in alphas:
    Theta_trained, histories[alpha] = train(
        Theta, X_train, Y_train, alpha=alpha,
        epochs=30, batch_size=16, seed=0)
    predicted = predict(Theta_trained, X_test)
    accuracy = np.mean(predicted == labels_test)
    if min(histories[alpha][1:]) > 10:
        # Una ejecución que diverge es caótica: desde la segunda época sus cifras dependen de los últimos
        # bits de cada producto, que cambian de una CPU a otra. Solo se imprime lo que todas comparten.
        print(f"alpha = {alpha:>5}: J por encima de 10 en cada época,")
        print(f"{'':15}exactitud en prueba {accuracy:.0%},")
        print(f"{'':15}dígitos distintos predichos: {len(np.unique(predicted))}")
    else:
        J = histories[alpha][-1]
        print(f"alpha = {alpha:>5}: J tras 30 épocas {J:7.3f},",
              f"exactitud en prueba {accuracy:.1%}")

# %% alt="Curvas de aprendizaje del coste de entrenamiento J(Θ), en escala logarítmica, durante 30 épocas: con α = 0.01 (punteada) el coste baja tras la primera época y luego se queda plano cerca de 3; con α = 0.25 (continua) baja sin pausa hasta cerca de 0.24; con α = 30 (discontinua) sale del gráfico tras la primera época y se queda por encima de 10, en la franja sombreada."
fig, ax = plt.subplots(figsize=(6.5, 3.5))
# Los valores por encima del gráfico, donde una ejecución divergente cambia según la CPU, van en la franja superior.
ax.axhspan(10, 20, color="0.85", zorder=0)
ax.text(29, 15.5, "por encima de 10", ha="right", va="center")
for alpha, style in zip(alphas, [":", "-", "--"]):
    ax.plot(np.minimum(histories[alpha], 12), style, linewidth=2,
            label=rf"$\alpha = {alpha:g}$")
ax.set_yscale("log")
ax.set_ylim(0.1, 20)
ax.set_xlabel("época")
ax.set_ylabel(r"coste $J(\Theta)$, entrenamiento")
ax.set_title("Curvas de aprendizaje")
ax.legend()
ax.grid(True, alpha=0.3, which="both")
plt.show()

# %% [markdown]
# ## Qué muestran las curvas
#
# - $\alpha = 0.01$ es demasiado pequeña: cada paso es seguro, pero tras un comienzo rápido el
#   coste se estanca cerca de 3 y, después de 30 épocas, la red aún se equivoca en un tercio de
#   los dígitos de prueba.
# - $\alpha = 0.25$ es más o menos la adecuada: el coste baja sin pausa, época tras época.
# - $\alpha = 30$ es demasiado grande: el primer paso ya se pasa del mínimo, el coste salta por
#   encima de 10 y ahí se queda, y la red responde el mismo dígito para todas las imágenes: no
#   acierta más que si respondiera al azar. A partir de ahí la ejecución es caótica: sus costes
#   exactos dependen de los últimos bits de redondeo de cada producto, que cambian de un
#   procesador a otro, así que el cuaderno imprime solo lo que coincide en todas las máquinas.
#
# No hay una fórmula para el valor correcto. Pruebe valores separados por un factor de
# aproximadamente 3 (0.03, 0.1, 0.3, 1, …), observe el coste durante las primeras épocas y quédese
# con la mayor tasa cuyo coste siga bajando de forma estable. Vuelva a mirar la curva de
# aprendizaje cada vez que cambien la red, los datos o el tamaño del minilote. Cambie `alphas`
# arriba y vuelva a ejecutar las celdas para ver más.
