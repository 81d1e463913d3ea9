<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_MX">
<context>
    <name></name>
    <message>
        <location filename="../../station/ui/first_run.py" line="+96"/>
        <source>Test sent to {printer}{where}. Check that it came out whole and the barcode is sharp.</source>
        <translation>Prueba enviada a {printer}{where}. Revise que salió completa y que el código de barras se ve nítido.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No printer: save to a folder</source>
        <translation>Sin impresora: guardar en una carpeta</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skip this step</source>
        <translation>Omitir este paso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finish and start packing</source>
        <translation>Terminar y empezar a empacar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Welcome to Packing Station</source>
        <translation>Bienvenido a la estación de empaque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try it first with practice orders, or set up this bench: Amazon account, printers and scanner. Every step can be skipped and changed later in Settings.</source>
        <translation>Pruebe primero con pedidos de práctica, o configure esta estación: cuenta de Amazon, impresoras y lector. Cada paso se puede omitir y cambiar después en Configuración.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Try the demo (practice orders, nothing sent to Amazon)</source>
        <translation>Probar la demostración (pedidos de práctica, nada se envía a Amazon)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Set up this station</source>
        <translation>Configurar esta estación</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Skip setup for now</source>
        <translation>Omitir la configuración por ahora</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>e.g. Bench 1 (default: this computer&apos;s name)</source>
        <translation>p. ej. Mesa 1 (predeterminado: el nombre de esta computadora)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name of this bench</source>
        <translation>Nombre de esta mesa</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Connect to Amazon</source>
        <translation>Conectar con Amazon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From Seller Central &gt; Apps and Services &gt; Develop Apps: the LWA client id and client secret of your app, and the refresh token you got when you authorised it. They are kept in this computer&apos;s password store, never in a file.</source>
        <translation>En Seller Central &gt; Aplicaciones y servicios &gt; Desarrollar aplicaciones: el ID de cliente LWA y el secreto de cliente de su aplicación, y el token de actualización que recibió al autorizarla. Se guardan en el almacén de contraseñas de esta computadora, nunca en un archivo.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>LWA client id</source>
        <translation>ID de cliente LWA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LWA client secret</source>
        <translation>Secreto de cliente LWA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh token</source>
        <translation>Token de actualización</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../station/ui/queue_view.py" line="+130"/>
        <source>Marketplace</source>
        <translation>Mercado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show advanced settings (other endpoints, for testing)</source>
        <translation>Mostrar configuración avanzada (otros puntos de acceso, para pruebas)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>SP-API endpoint</source>
        <translation>Punto de acceso SP-API</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LWA token URL</source>
        <translation>URL del token LWA</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Test the connection</source>
        <translation>Probar la conexión</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The endpoint {problem}.</source>
        <translation>El punto de acceso: {problem}.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Asking Amazon …</source>
        <translation>Consultando a Amazon …</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>✘ The test could not run: {reason}</source>
        <translation>✘ No se pudo hacer la prueba: {reason}</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Printers</source>
        <translation>Impresoras</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick a printer from the list, or type a network label printer as tcp://192.168.1.50:9100. Then print a test.</source>
        <translation>Elija una impresora de la lista, o escriba una impresora de etiquetas en red como tcp://192.168.1.50:9100. Luego imprima una prueba.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Thermal ZPL, 203 dpi</source>
        <translation>Térmica ZPL, 203 ppp</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Thermal ZPL, 300 dpi</source>
        <translation>Térmica ZPL, 300 ppp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF (any printer)</source>
        <translation>PDF (cualquier impresora)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PNG image</source>
        <translation>Imagen PNG</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>4 × 6 in label</source>
        <translation>Etiqueta de 4 × 6 pulg.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Print a test label</source>
        <translation>Imprimir una etiqueta de prueba</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print a test page</source>
        <translation>Imprimir una página de prueba</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Shipping labels</source>
        <translation>Etiquetas de envío</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+5"/>
        <source>Printer</source>
        <translation>Impresora</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Packing slips</source>
        <translation>Listas de empaque</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paper</source>
        <translation>Papel</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>✘ Choose a printer first.</source>
        <translation>✘ Elija primero una impresora.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Printing …</source>
        <translation>Imprimiendo …</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Scanner</source>
        <translation>Lector</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scan a product or the order number on a packing slip. A USB scanner that types like a keyboard needs no setup; a serial scanner is chosen in Settings.</source>
        <translation>Escanee un producto o el número de pedido de una lista de empaque. Un lector USB que escribe como teclado no necesita configuración; un lector serial se elige en Configuración.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Nothing was read. Is the scanner plugged in and set to send Enter after each code?</source>
        <translation>No se leyó nada. ¿Está conectado el lector y configurado para enviar Enter después de cada código?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Read “{text}”, but {problem}. Scan it again, slowly.</source>
        <translation>Se leyó “{text}”, pero {problem}. Escanéelo de nuevo, despacio.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>✘ Read “{text}”, but the scanner needs a setting changed (see above).</source>
        <translation>✘ Se leyó “{text}”, pero hay que cambiar un ajuste del lector (vea arriba).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>✔ The scanner works: read product code {text} (check digit correct).</source>
        <translation>✔ El lector funciona: se leyó el código de producto {text} (dígito verificador correcto).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>✔ The scanner works: read “{text}”.</source>
        <translation>✔ El lector funciona: se leyó “{text}”.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Packing Station — set up this station</source>
        <translation>Estación de empaque — configurar esta estación</translation>
    </message>
    <message>
        <location filename="../../station/diagnostics.py" line="+228"/>
        <source>Save diagnostics for support…</source>
        <translation>Guardar diagnóstico para soporte…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Diagnostics saved</source>
        <translation>Diagnóstico guardado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved {path}.
Send this file with your support request; it holds no passwords and no customer addresses.</source>
        <translation>Se guardó {path}.
Envíe este archivo con su solicitud de soporte; no contiene contraseñas ni direcciones de clientes.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Diagnostics not saved</source>
        <translation>Diagnóstico no guardado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The diagnostics file could not be written: {reason}</source>
        <translation>No se pudo escribir el archivo de diagnóstico: {reason}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save diagnostics</source>
        <translation>Guardar diagnóstico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zip files (*.zip)</source>
        <translation>Archivos zip (*.zip)</translation>
    </message>
    <message>
        <location filename="../../station/ui/queue_model.py" line="+193"/>
        <source>{d}d {h}h</source>
        <translation>{d} d {h} h</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{h}h {m}m</source>
        <translation>{h} h {m} min</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{m}m</source>
        <translation>{m} min</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>LATE {amount} · {when}</source>
        <translation>ATRASADO {amount} · {when}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{when} · in {amount}</source>
        <translation>{when} · en {amount}</translation>
    </message>
    <message>
        <location filename="../../station/ui/queue_view.py" line="-72"/>
        <source>Not synced with Amazon yet</source>
        <translation>Aún no sincronizado con Amazon</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>just now</source>
        <translation>justo ahora</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} min ago</source>
        <translation>hace {n} min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} h ago</source>
        <translation>hace {n} h</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last sync {time} ({ago})</source>
        <translation>Última sincronización {time} ({ago})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last sync {time}</source>
        <translation>Última sincronización {time}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{text} - {n} ORDER(S) NOT READ (retried every sync, see the log): {ids}</source>
        <translation>{text} - {n} PEDIDO(S) SIN LEER (se reintenta en cada sincronización, ver el registro): {ids}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{text} - SYNC ERROR: {error}</source>
        <translation>{text} - ERROR DE SINCRONIZACIÓN: {error}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Scan an order&apos;s packing slip or pick list to start packing</source>
        <translation>Escanee la lista de empaque o de surtido de un pedido para empezar a empacar</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>To pack</source>
        <translation>Por empacar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Any ship-by</source>
        <translation>Cualquier fecha de envío</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Late</source>
        <translation>Atrasados</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due today</source>
        <translation>Para hoy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Later</source>
        <translation>Después</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All marketplaces</source>
        <translation>Todos los mercados</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search order id, SKU or buyer</source>
        <translation>Buscar n.º de pedido, SKU o comprador</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ship by</source>
        <translation>Enviar antes de</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Loading the queue ...</source>
        <translation>Cargando la cola ...</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Cannot read the queue: {error}. Retrying ...</source>
        <translation>No se puede leer la cola: {error}. Reintentando ...</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>LATE {n}</source>
        <translation>ATRASADOS {n}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>due today {n}</source>
        <translation>para hoy {n}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loading the whole queue ... (the {n} most urgent orders shown)</source>
        <translation>Cargando toda la cola ... (se muestran los {n} pedidos más urgentes)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>showing {n} of {total}</source>
        <translation>mostrando {n} de {total}</translation>
    </message>
    <message>
        <location filename="../../station/ui/operators_ui.py" line="+34"/>
        <source>Signed in: {name}</source>
        <translation>Sesión iniciada: {name}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{name} signed out ({why})</source>
        <translation>{name} cerró sesión ({why})</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Audit log</source>
        <translation>Bitácora de auditoría</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>S&amp;upervisor</source>
        <translation>S&amp;upervisor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Audit log ...</source>
        <translation>&amp;Bitácora de auditoría ...</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Sign in / change operator ...</source>
        <translation>&amp;Iniciar sesión / cambiar de operador ...</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <location filename="../../station/ui/audit_view.py" line="+30"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Station</source>
        <translation>Estación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operator</source>
        <translation>Operador</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Approver</source>
        <translation>Autorizó</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Order</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scan accepted</source>
        <translation>Escaneo aceptado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scan refused</source>
        <translation>Escaneo rechazado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Command scanned</source>
        <translation>Código de comando escaneado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supervisor approval</source>
        <translation>Autorización del supervisor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printed</source>
        <translation>Impreso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reprinted</source>
        <translation>Reimpreso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label bought</source>
        <translation>Guía comprada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label voided</source>
        <translation>Guía anulada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shipment confirmed</source>
        <translation>Envío confirmado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings changed</source>
        <translation>Configuración cambiada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed in</source>
        <translation>Sesión iniciada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign-in failed</source>
        <translation>Inicio de sesión fallido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed out</source>
        <translation>Sesión cerrada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order taken over</source>
        <translation>Pedido tomado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order released</source>
        <translation>Pedido liberado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operator changed</source>
        <translation>Operador modificado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buyer data deleted</source>
        <translation>Datos del comprador eliminados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit log exported</source>
        <translation>Bitácora de auditoría exportada</translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <location line="+2"/>
        <source>Last 24 hours</source>
        <translation>Últimas 24 horas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything</source>
        <translation>Todo</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>All actions</source>
        <translation>Todas las acciones</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>order id</source>
        <translation>n.º de pedido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>operator</source>
        <translation>operador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The audit log is for supervisors: a supervisor must sign in.</source>
        <translation>La bitácora de auditoría es para supervisores: un supervisor debe iniciar sesión.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> (newest first; narrow the filter to see older)</source>
        <translation> (las más recientes primero; acote el filtro para ver las anteriores)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} entries</source>
        <translation>{n} registros</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The database cannot be reached: the audit log cannot be shown right now.</source>
        <translation>No se puede conectar con la base de datos: la bitácora de auditoría no se puede mostrar ahora.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export the audit log</source>
        <translation>Exportar la bitácora de auditoría</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{n} entries exported to {path}</source>
        <translation>{n} registros exportados a {path}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export failed: {error}</source>
        <translation>La exportación falló: {error}</translation>
    </message>
</context>
<context>
    <name>CancelledLabelAlarm</name>
    <message>
        <location filename="../../station/ui/ship_widgets.py" line="+143"/>
        <source>ORDER CANCELLED - LABEL BOUGHT</source>
        <translation>PEDIDO CANCELADO - GUÍA COMPRADA</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The label can be voided until {when}.</source>
        <translation>La guía se puede anular hasta el {when}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order {order} was CANCELLED by the buyer after its label was bought.

DO NOT SHIP IT. Take the parcel off the outgoing shelf.
Tracking: {tracking}</source>
        <translation>El pedido {order} fue CANCELADO por el comprador después de comprar su guía.

NO LO ENVÍE. Retire el paquete del estante de salida.
Número de guía: {tracking}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Void the label</source>
        <translation>Anular la guía</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep it (void later)</source>
        <translation>Conservarla (anular después)</translation>
    </message>
</context>
<context>
    <name>DeviceStatusWidget</name>
    <message>
        <location filename="../../station/ui/device_status.py" line="+49"/>
        <source>Scanner</source>
        <translation>Lector</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scale</source>
        <translation>Báscula</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label printer</source>
        <translation>Impresora de etiquetas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slip printer</source>
        <translation>Impresora de listas de empaque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ready</source>
        <translation>listo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>printing</source>
        <translation>imprimiendo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>off</source>
        <translation>apagado</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{name}: –</source>
        <translation>{name}: –</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>job {id} not printed: {error}</source>
        <translation>trabajo {id} no impreso: {error}</translation>
    </message>
</context>
<context>
    <name>DevicesPage</name>
    <message>
        <location filename="../../station/ui/devices_page.py" line="+25"/>
        <source>ZPL, 203 dpi (most thermal printers)</source>
        <translation>ZPL, 203 ppp (la mayoría de las impresoras térmicas)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ZPL, 300 dpi</source>
        <translation>ZPL, 300 ppp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF 4x6 (driver printer)</source>
        <translation>PDF 4x6 (impresora con controlador)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG 4x6 (image)</source>
        <translation>PNG 4x6 (imagen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>label printer</source>
        <translation>impresora de etiquetas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>slip printer</source>
        <translation>impresora de listas de empaque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>label format</source>
        <translation>formato de guía</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>scanner</source>
        <translation>lector</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>scale</source>
        <translation>báscula</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Printers</source>
        <translation>Impresoras</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Find printers</source>
        <translation>Buscar impresoras</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print test label</source>
        <translation>Imprimir guía de prueba</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Label printer</source>
        <translation>Impresora de etiquetas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Label format</source>
        <translation>Formato de guía</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Slip printer</source>
        <translation>Impresora de listas de empaque</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Scanner and scale</source>
        <translation>Lector y báscula</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Scanner</source>
        <translation>Lector</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scale</source>
        <translation>Báscula</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scanner test</source>
        <translation>Prueba del lector</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Check</source>
        <translation>Verificar</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Looking for printers...</source>
        <translation>Buscando impresoras...</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Found {n} printer(s): {names}.</source>
        <translation>Se encontraron {n} impresora(s): {names}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No printers found here. Type tcp://ADDRESS:9100 for a network label printer, or file:FOLDER to save labels as files.</source>
        <translation>No se encontraron impresoras aquí. Escriba tcp://DIRECCIÓN:9100 para una impresora de etiquetas en red, o file:CARPETA para guardar las guías como archivos.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the {field} {problem}</source>
        <translation>{field}: {problem}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not saved: {problem}</source>
        <translation>No se guardó: {problem}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saved. The devices restart with these settings.</source>
        <translation>Guardado. Los dispositivos se reinician con esta configuración.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} waiting job(s) go to the new printer.</source>
        <translation>{n} trabajo(s) en espera van a la nueva impresora.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Checking...</source>
        <translation>Verificando...</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Scanner is in use by the station: {state}</source>
        <translation>El lector está en uso por la estación: {state}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scale is in use by the station: {state}</source>
        <translation>La báscula está en uso por la estación: {state}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The check failed: {error}</source>
        <translation>La verificación falló: {error}</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Test labels are not available in this build.</source>
        <translation>Las guías de prueba no están disponibles en esta versión.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not make the test label: {error}</source>
        <translation>No se pudo generar la guía de prueba: {error}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose a label printer first.</source>
        <translation>Elija primero una impresora de etiquetas.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Test label sent (job {id})...</source>
        <translation>Guía de prueba enviada (trabajo {id})...</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Test label printed. Every side of the frame should show and the barcode should scan.</source>
        <translation>Guía de prueba impresa. Deben verse los cuatro lados del marco y el código de barras debe escanearse.</translation>
    </message>
</context>
<context>
    <name>ErrorOverlay</name>
    <message>
        <location filename="../../station/ui/error_overlay.py" line="+20"/>
        <source>Put it aside. Scan CMD:ACK or press Enter to continue</source>
        <translation>Apártelo. Escanee CMD:ACK o presione Enter para continuar</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+39"/>
        <source>STOP</source>
        <translation>ALTO</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Acknowledge (Enter)</source>
        <translation>Confirmar (Enter)</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Scan {code} REFUSED ({n}): acknowledge this error first</source>
        <translation>Escaneo {code} RECHAZADO ({n}): primero confirme este error</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <location filename="../../station/ui/first_run.py" line="-503"/>
        <source>United States</source>
        <translation>Estados Unidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Canada</source>
        <translation>Canadá</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mexico</source>
        <translation>México</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brazil</source>
        <translation>Brasil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>United Kingdom</source>
        <translation>Reino Unido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Germany</source>
        <translation>Alemania</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>France</source>
        <translation>Francia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Italy</source>
        <translation>Italia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spain</source>
        <translation>España</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Netherlands</source>
        <translation>Países Bajos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Japan</source>
        <translation>Japón</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Australia</source>
        <translation>Australia</translation>
    </message>
</context>
<context>
    <name>LabelHistoryDialog</name>
    <message>
        <location filename="../../station/ui/ship_widgets.py" line="-129"/>
        <source>Order</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Carrier / service</source>
        <translation>Paquetería / servicio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tracking</source>
        <translation>Número de guía</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bought</source>
        <translation>Comprada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Void until</source>
        <translation>Anulable hasta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PURCHASED</source>
        <translation>COMPRADA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VOIDED</source>
        <translation>ANULADA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FAILED</source>
        <translation>FALLIDA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>REQUESTED</source>
        <translation>SOLICITADA</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Labels: reprint or void</source>
        <translation>Guías: reimprimir o anular</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Loading ...</source>
        <translation>Cargando ...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reprint label</source>
        <translation>&amp;Reimprimir guía</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Void label ...</source>
        <translation>&amp;Anular guía ...</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cannot read labels: {error}</source>
        <translation>No se pueden leer las guías: {error}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>void window closed</source>
        <translation>plazo de anulación vencido</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{n} label(s)</source>
        <translation>{n} guía(s)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Void label</source>
        <translation>Anular guía</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Void the label {tracking} of order {order}?

Amazon refunds the postage; the parcel must NOT be shipped with it.</source>
        <translation>¿Anular la guía {tracking} del pedido {order}?

Amazon reembolsa el envío; el paquete NO debe enviarse con ella.</translation>
    </message>
</context>
<context>
    <name>LinesModel</name>
    <message>
        <location filename="../../station/ui/pack_view.py" line="+53"/>
        <source>Item</source>
        <translation>Artículo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bin</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scanned</source>
        <translation>Escaneados</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>SKU {sku}</source>
        <translation>SKU {sku}</translation>
    </message>
    <message>
        <location line="+251"/>
        <source>no image</source>
        <translation>sin imagen</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../station/ui/main_window.py" line="+42"/>
        <source>&lt;h2&gt;Command barcodes&lt;/h2&gt;
&lt;table cellpadding=4&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;CMD:CONFIRM&lt;/b&gt;&lt;/td&gt;&lt;td&gt;finish the package (Enter does the same when the order is complete)&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;CMD:ACK&lt;/b&gt;&lt;/td&gt;&lt;td&gt;acknowledge an error screen (Enter does the same)&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;CMD:CANCEL&lt;/b&gt;&lt;/td&gt;&lt;td&gt;set the order aside; nothing is lost, scan it again to resume&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;CMD:NEXT-BOX&lt;/b&gt;&lt;/td&gt;&lt;td&gt;close this box and start another&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;CMD:REPRINT&lt;/b&gt;&lt;/td&gt;&lt;td&gt;print the label again&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;CMD:SKIP&lt;/b&gt;&lt;/td&gt;&lt;td&gt;supervisor: count a unit that has no barcode&lt;/td&gt;&lt;/tr&gt;
&lt;/table&gt;
&lt;p&gt;Print the card with &lt;code&gt;station render commands --out commands.pdf&lt;/code&gt;.&lt;/p&gt;
&lt;p&gt;Keys: F2 queue, F3 pack view, F5 refresh the queue, Enter = confirm / acknowledge.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Códigos de barras de comando&lt;/h2&gt;
&lt;table cellpadding=4&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;CMD:CONFIRM&lt;/b&gt;&lt;/td&gt;&lt;td&gt;terminar el paquete (Enter hace lo mismo cuando el pedido está completo)&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;CMD:ACK&lt;/b&gt;&lt;/td&gt;&lt;td&gt;confirmar una pantalla de error (Enter hace lo mismo)&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;CMD:CANCEL&lt;/b&gt;&lt;/td&gt;&lt;td&gt;apartar el pedido; no se pierde nada, escanéelo de nuevo para retomarlo&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;CMD:NEXT-BOX&lt;/b&gt;&lt;/td&gt;&lt;td&gt;cerrar esta caja y empezar otra&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;CMD:REPRINT&lt;/b&gt;&lt;/td&gt;&lt;td&gt;reimprimir la guía&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;CMD:SKIP&lt;/b&gt;&lt;/td&gt;&lt;td&gt;supervisor: contar una unidad sin código de barras&lt;/td&gt;&lt;/tr&gt;
&lt;/table&gt;
&lt;p&gt;Imprima la tarjeta con &lt;code&gt;station render commands --out commands.pdf&lt;/code&gt;.&lt;/p&gt;
&lt;p&gt;Teclas: F2 cola, F3 vista de empaque, F5 actualizar la cola, Enter = confirmar.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Packing station - {name}</source>
        <translation>Estación de empaque - {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Packing station</source>
        <translation>Estación de empaque</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Pack  (F3)</source>
        <translation>Empacar  (F3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queue  (F2)</source>
        <translation>Cola  (F2)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Starting ...</source>
        <translation>Iniciando ...</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Ready for scans</source>
        <translation>Listo para escanear</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Scan {code} ...</source>
        <translation>Escaneo {code} ...</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+30"/>
        <source>NOT SAVED</source>
        <translation>NO GUARDADO</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>&amp;Station</source>
        <translation>&amp;Estación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Settings ...</source>
        <translation>&amp;Configuración ...</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Order</source>
        <translation>&amp;Pedido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set the order &amp;aside (CMD:CANCEL)</source>
        <translation>&amp;Apartar el pedido (CMD:CANCEL)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A&amp;cknowledge the error (CMD:ACK)</source>
        <translation>C&amp;onfirmar el error (CMD:ACK)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Pack view</source>
        <translation>Vista de &amp;empaque</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Queue</source>
        <translation>&amp;Cola</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Refresh the queue</source>
        <translation>&amp;Actualizar la cola</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Search the queue</source>
        <translation>&amp;Buscar en la cola</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Command barcodes</source>
        <translation>&amp;Códigos de barras de comando</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Command barcodes</source>
        <translation>Códigos de barras de comando</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;About</source>
        <translation>A&amp;cerca de</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>About</source>
        <translation>Acerca de</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Packing station {version}&lt;/h3&gt;&lt;p&gt;Scan, pack, print and confirm Amazon Merchant Fulfilled orders.&lt;/p&gt;&lt;p&gt;Sounds: {sounds}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Estación de empaque {version}&lt;/h3&gt;&lt;p&gt;Escanear, empacar, imprimir y confirmar pedidos de Amazon enviados por el vendedor.&lt;/p&gt;&lt;p&gt;Sonidos: {sounds}&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../station/ui/messages.py" line="+27"/>
        <source>Acknowledge the error first ({message})</source>
        <translation>Primero confirme el error ({message})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order {order} was CANCELLED by the buyer. Do not ship it: put the items back.</source>
        <translation>El pedido {order} fue CANCELADO por el comprador. No lo envíe: regrese los artículos a su lugar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing to acknowledge</source>
        <translation>Nada que confirmar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Error acknowledged</source>
        <translation>Error confirmado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} unit still to scan</source>
        <translation>Falta escanear {n} unidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} units still to scan</source>
        <translation>Faltan escanear {n} unidades</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This box is still empty</source>
        <translation>Esta caja sigue vacía</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing left to skip</source>
        <translation>No queda nada que omitir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skipped one unit of {sku} (no barcode)</source>
        <translation>Se omitió una unidad de {sku} (sin código de barras)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order {order} is cancelled: do not ship it</source>
        <translation>El pedido {order} está cancelado: no lo envíe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order {order} is {status}: it cannot be packed</source>
        <translation>El pedido {order} está en estado {status}: no se puede empacar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WRONG ITEM: {sku} is not in this order</source>
        <translation>ARTÍCULO EQUIVOCADO: {sku} no es de este pedido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AMAZON CHANGED THE ORDER: {sku} is now {n}. Take {k} unit OUT of the box</source>
        <translation>AMAZON CAMBIÓ EL PEDIDO: {sku} ahora es {n}. Saque {k} unidad de la caja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AMAZON CHANGED THE ORDER: {sku} is now {n}. Take {k} units OUT of the box</source>
        <translation>AMAZON CAMBIÓ EL PEDIDO: {sku} ahora es {n}. Saque {k} unidades de la caja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unreadable scan: {detail}</source>
        <translation>Escaneo ilegible: {detail}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown barcode {code}</source>
        <translation>Código de barras desconocido {code}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EXTRA UNIT: {sku} needs only {n}</source>
        <translation>UNIDAD DE MÁS: {sku} solo lleva {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{sku}  {done} of {total}</source>
        <translation>{sku}  {done} de {total}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order {order} changed at another station: scan it again</source>
        <translation>El pedido {order} cambió en otra estación: escanéelo de nuevo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order {order} was changed at another station: reloaded, this scan was NOT recorded. Check the counts and scan again.</source>
        <translation>El pedido {order} se modificó en otra estación: se recargó, este escaneo NO se registró. Revise las cantidades y escanee de nuevo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DATABASE NOT AVAILABLE: this scan was NOT recorded. Check the network or the database, then scan it again.</source>
        <translation>BASE DE DATOS NO DISPONIBLE: este escaneo NO se registró. Revise la red o la base de datos y escanee de nuevo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Empty scan ignored</source>
        <translation>Escaneo vacío ignorado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in first (scan your badge)</source>
        <translation>Inicie sesión primero (escanee su gafete)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in first</source>
        <translation>Inicie sesión primero</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order {order} is already open</source>
        <translation>El pedido {order} ya está abierto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{command}: no order is open</source>
        <translation>{command}: no hay ningún pedido abierto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scan an order (packing slip or pick list) first</source>
        <translation>Escanee primero un pedido (lista de empaque o de surtido)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scan an order first</source>
        <translation>Escanee primero un pedido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order set aside</source>
        <translation>Pedido apartado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order {order} is not in the queue (sync pending?)</source>
        <translation>El pedido {order} no está en la cola (¿sincronización pendiente?)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order {order} is not available</source>
        <translation>El pedido {order} no está disponible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order {order} was taken by another station</source>
        <translation>Otra estación tomó el pedido {order}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{message}: this scan was NOT recorded. Scan another order.</source>
        <translation>{message}: este escaneo NO se registró. Escanee otro pedido.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resumed order {order}: scan the items</source>
        <translation>Pedido {order} retomado: escanee los artículos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opened order {order}: scan the items</source>
        <translation>Pedido {order} abierto: escanee los artículos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order {order} set aside; scan it again to resume</source>
        <translation>Pedido {order} apartado; escanéelo de nuevo para retomarlo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Box {closed} closed: box {open} is open</source>
        <translation>Caja {closed} cerrada: la caja {open} está abierta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order {order} is Pending (not paid yet): it cannot be packed</source>
        <translation>El pedido {order} está pendiente (aún no pagado): no se puede empacar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order {order} has already shipped</source>
        <translation>El pedido {order} ya se envió</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order {order} packed</source>
        <translation>Pedido {order} empacado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{action} needs a supervisor: scan a supervisor badge</source>
        <translation>{action} requiere un supervisor: escanee un gafete de supervisor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{action} needs a supervisor</source>
        <translation>{action} requiere un supervisor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is not a supervisor: a supervisor must scan their badge</source>
        <translation>{name} no es supervisor: un supervisor debe escanear su gafete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is not a supervisor</source>
        <translation>{name} no es supervisor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clearing a wrong-item stop</source>
        <translation>Quitar un paro por artículo equivocado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skipping a unit</source>
        <translation>Omitir una unidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A partial shipment</source>
        <translation>Un envío parcial</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voiding</source>
        <translation>Anular una guía</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changing settings</source>
        <translation>Cambiar la configuración</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Releasing another station&apos;s order</source>
        <translation>Liberar el pedido de otra estación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The audit log</source>
        <translation>La bitácora de auditoría</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exporting the audit log</source>
        <translation>Exportar la bitácora de auditoría</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Managing operators</source>
        <translation>Administrar operadores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Badge not recognised</source>
        <translation>Gafete no reconocido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed in: {name}</source>
        <translation>Sesión iniciada: {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown operator or no PIN set</source>
        <translation>Operador desconocido o sin NIP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Too many wrong PINs: try again in {n} min or ask a supervisor</source>
        <translation>Demasiados NIP incorrectos: intente de nuevo en {n} min o pida ayuda a un supervisor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrong PIN</source>
        <translation>NIP incorrecto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved (supervisor&apos;s own action)</source>
        <translation>Autorizado (acción del propio supervisor)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved by {name}</source>
        <translation>Autorizado por {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>approved by {name}</source>
        <translation>autorizado por {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is a supervisor</source>
        <translation>{name} es supervisor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>allowed for packers</source>
        <translation>permitido para empacadores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no operators configured</source>
        <translation>no hay operadores configurados</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No printer chosen.</source>
        <translation>No se eligió impresora.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No {role} printer chosen (Settings &gt; Devices)</source>
        <translation>No se eligió impresora para: {role} (Configuración &gt; Dispositivos)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That is not a printer address: {detail}.</source>
        <translation>Esa no es una dirección de impresora: {detail}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The printer check failed: {detail}</source>
        <translation>La verificación de la impresora falló: {detail}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keyboard scanner (wedge): scan a code into the test field to check it.</source>
        <translation>Lector de teclado (wedge): escanee un código en el campo de prueba para verificarlo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keyboard scanner (wedge)</source>
        <translation>Lector de teclado (wedge)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scanner port {port} opens at {baud} baud: scan a code to see it in the test field.</source>
        <translation>El puerto del lector {port} abre a {baud} baudios: escanee un código para verlo en el campo de prueba.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scanner</source>
        <translation>Lector</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scale</source>
        <translation>Báscula</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>scanner</source>
        <translation>lector</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>scale</source>
        <translation>báscula</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>device</source>
        <translation>dispositivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{device} ready on {port}</source>
        <translation>{device}: listo en {port}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{device} ready</source>
        <translation>{device}: listo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{device} stopped</source>
        <translation>{device}: detenido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{device}: opening {port}</source>
        <translation>{device}: abriendo {port}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{device} error: {detail}</source>
        <translation>{device}: error: {detail}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{device} not found at {port}: is it plugged in?</source>
        <translation>{device} no encontrado en {port}: ¿está conectado?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{port} is in use by another program: close it and the {device} reconnects.</source>
        <translation>{port} está en uso por otro programa: ciérrelo y el dispositivo ({device}) se reconecta.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No permission to open {port}: add this user to the &apos;dialout&apos; group (or install the udev rule) and log in again.</source>
        <translation>Sin permiso para abrir {port}: agregue este usuario al grupo &apos;dialout&apos; (o instale la regla udev) y vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{device} at {port} cannot be opened: {detail}</source>
        <translation>{device} en {port} no se puede abrir: {detail}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{device} was unplugged; waiting for it</source>
        <translation>{device} se desconectó; esperando</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>USB scales need the &apos;hidapi&apos; package, which is not installed</source>
        <translation>Las básculas USB necesitan el paquete &apos;hidapi&apos;, que no está instalado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Folder printer {folder}</source>
        <translation>Impresora de carpeta {folder}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printer at {address}</source>
        <translation>Impresora en {address}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printer {name}</source>
        <translation>Impresora {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No {role} printer chosen: pick one in Settings &gt; Devices and the job prints.</source>
        <translation>No se eligió impresora para: {role}. Elija una en Configuración &gt; Dispositivos y el trabajo se imprimirá.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printing on {printer}</source>
        <translation>Imprimiendo en {printer}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{printer} is ready</source>
        <translation>{printer}: lista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{printer} does not answer: is it switched on and on the network?</source>
        <translation>{printer} no responde: ¿está encendida y en la red?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{printer} does not answer: is it switched on?</source>
        <translation>{printer} no responde: ¿está encendida?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{printer} cannot be reached: {detail}</source>
        <translation>No se puede conectar con {printer}: {detail}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{printer}: {problem}</source>
        <translation>{printer}: {problem}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{printer} stopped taking data (out of labels or paused?)</source>
        <translation>{printer} dejó de recibir datos (¿sin etiquetas o en pausa?)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{printer} dropped the connection: {detail}</source>
        <translation>{printer} cortó la conexión: {detail}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{printer} cannot start a job (is it switched on?)</source>
        <translation>{printer} no puede iniciar un trabajo (¿está encendida?)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it did not answer the status request (~HS): is it a ZPL printer?</source>
        <translation>no respondió a la consulta de estado (~HS): ¿es una impresora ZPL?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it is out of labels: load labels and it prints by itself</source>
        <translation>se quedó sin etiquetas: cargue etiquetas y imprimirá sola</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it is paused: press PAUSE/FEED on the printer</source>
        <translation>está en pausa: presione PAUSE/FEED en la impresora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its head is open: close the print head</source>
        <translation>el cabezal está abierto: cierre el cabezal de impresión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it is out of ribbon</source>
        <translation>se quedó sin cinta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{printer} prints PDF or PNG pages; a {type} job needs a raw printer (tcp:, cups:, windows:)</source>
        <translation>{printer} imprime páginas PDF o PNG; un trabajo {type} necesita una impresora directa (tcp:, cups:, windows:)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{printer} takes ZPL; this {type} job needs a cups:, qt: or windows: printer</source>
        <translation>{printer} acepta ZPL; este trabajo {type} necesita una impresora cups:, qt: o windows:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CUPS is not installed here ({detail} is missing)</source>
        <translation>CUPS no está instalado aquí (falta {detail})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CUPS does not answer (lpstat timed out)</source>
        <translation>CUPS no responde (lpstat excedió el tiempo)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CUPS does not answer (lp timed out)</source>
        <translation>CUPS no responde (lp excedió el tiempo)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The CUPS print service is not running</source>
        <translation>El servicio de impresión CUPS no está en ejecución</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CUPS has no printer called {name}</source>
        <translation>CUPS no tiene ninguna impresora llamada {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CUPS printer {name} is not accepting jobs</source>
        <translation>La impresora CUPS {name} no acepta trabajos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CUPS printer {name} is stopped (disabled): {detail}</source>
        <translation>La impresora CUPS {name} está detenida (deshabilitada): {detail}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CUPS refused the job: {detail}</source>
        <translation>CUPS rechazó el trabajo: {detail}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>windows: printers work only on Windows</source>
        <translation>Las impresoras windows: solo funcionan en Windows</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printing to Windows printers needs the pywin32 package</source>
        <translation>Imprimir en impresoras de Windows requiere el paquete pywin32</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Windows has no printer called {name} ({detail})</source>
        <translation>Windows no tiene ninguna impresora llamada {name} ({detail})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Windows printer {name} takes raw (ZPL) jobs here; print PDF pages through qt:{qt}</source>
        <translation>La impresora de Windows {name} recibe aquí trabajos directos (ZPL); imprima páginas PDF con qt:{qt}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Windows printer {name} refused the job: {detail}</source>
        <translation>La impresora de Windows {name} rechazó el trabajo: {detail}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Windows printer {name} took {written} of {total} bytes</source>
        <translation>La impresora de Windows {name} recibió {written} de {total} bytes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Windows printer {name} {problem}</source>
        <translation>Impresora de Windows {name}: {problem}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is paused</source>
        <translation>en pausa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reports an error</source>
        <translation>indica un error</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>has a paper jam</source>
        <translation>atasco de papel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is out of paper</source>
        <translation>sin papel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is offline</source>
        <translation>fuera de línea</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>has its door open</source>
        <translation>puerta abierta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is out of toner/ribbon</source>
        <translation>sin tóner o cinta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is not available</source>
        <translation>no disponible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is set to &apos;Use printer offline&apos;</source>
        <translation>configurada como &apos;Usar impresora sin conexión&apos;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The PNG of this job is damaged</source>
        <translation>El PNG de este trabajo está dañado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The PDF of this job is damaged</source>
        <translation>El PDF de este trabajo está dañado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>qt: printers need the desktop app running (no QGuiApplication)</source>
        <translation>Las impresoras qt: necesitan la aplicación de escritorio abierta (sin QGuiApplication)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot write to the folder {folder}: {detail}</source>
        <translation>No se puede escribir en la carpeta {folder}: {detail}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The scale does not answer: is it switched on, and are the protocol and baud rate right?</source>
        <translation>La báscula no responde: ¿está encendida, y son correctos el protocolo y la velocidad en baudios?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{device} at {port} was unplugged or switched off; waiting for it to come back</source>
        <translation>{device} en {port} se desconectó o se apagó; esperando a que regrese</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No scale: weights are typed in by hand.</source>
        <translation>Sin báscula: los pesos se escriben a mano.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No scale</source>
        <translation>Sin báscula</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scale answers: {weight}.</source>
        <translation>La báscula responde: {weight}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scanner setting is wrong: {detail}</source>
        <translation>El ajuste del lector es incorrecto: {detail}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scale setting is wrong: {detail}</source>
        <translation>El ajuste de la báscula es incorrecto: {detail}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scale is off or not connected</source>
        <translation>La báscula está apagada o no conectada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weighing... hold still</source>
        <translation>Pesando... no la mueva</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scale overloaded: take the parcel off</source>
        <translation>Báscula sobrecargada: retire el paquete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scale below zero: empty it and press ZERO</source>
        <translation>Báscula bajo cero: vacíela y presione CERO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scale reports an error</source>
        <translation>La báscula indica un error</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scale did not understand the command ({detail})</source>
        <translation>La báscula no entendió el comando ({detail})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scale busy (zeroing or settling)</source>
        <translation>Báscula ocupada (poniendo en cero o estabilizando)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scale reports an internal error: switch it off and on</source>
        <translation>La báscula indica un error interno: apáguela y vuelva a encenderla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scale not connected ({port})</source>
        <translation>Báscula no conectada ({port})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scale is off or not answering</source>
        <translation>La báscula está apagada o no responde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scale reports a fault</source>
        <translation>La báscula indica una falla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scale needs calibrating or re-zeroing</source>
        <translation>La báscula necesita calibrarse o ponerse en cero</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scale uses a unit we do not know (code {code})</source>
        <translation>La báscula usa una unidad desconocida (código {code})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scale not started</source>
        <translation>Báscula no iniciada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{device} not started</source>
        <translation>{device}: no iniciado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{printer} is ready.</source>
        <translation>{printer} está lista.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{printer} answers.</source>
        <translation>{printer} responde.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{printer} is installed.</source>
        <translation>{printer} está instalada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Folder {folder} is writable: jobs are saved there as files.</source>
        <translation>La carpeta {folder} admite escritura: los trabajos se guardan ahí como archivos.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CUPS printer {printer} is ready.</source>
        <translation>La impresora CUPS {printer} está lista.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Windows printer {printer} is ready.</source>
        <translation>La impresora de Windows {printer} está lista.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The scanner ends scans with Tab: set its suffix to Enter (CR).</source>
        <translation>El lector termina los escaneos con Tab: configure su sufijo en Enter (CR).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No Enter at the end: set the scanner to send an Enter (CR) suffix, or scans will only end after a pause.</source>
        <translation>No hay Enter al final: configure el lector para enviar el sufijo Enter (CR), o los escaneos solo terminarán después de una pausa.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keys came up to {gap} ms apart (after character {index}), slower than the {allowed} ms allowed (scanner.max_key_gap_ms): the app would cut this scan. Set the scanner&apos;s keyboard speed to fast, or raise the setting.</source>
        <translation>Las teclas llegaron con hasta {gap} ms de separación (después del carácter {index}), más lento que los {allowed} ms permitidos (scanner.max_key_gap_ms): la aplicación cortaría este escaneo. Ponga la velocidad de teclado del lector en rápida, o aumente el ajuste.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Digits arrive as {got}: the scanner and the PC use different keyboard layouts (AZERTY vs QWERTY); it should read {fixed}. Set the scanner to the PC&apos;s layout (or its &apos;Alt+keypad&apos; / universal mode).</source>
        <translation>Los dígitos llegan como {got}: el lector y la computadora usan distribuciones de teclado distintas (AZERTY o QWERTY); debería leerse {fixed}. Configure el lector con la distribución de la computadora (o su modo &apos;Alt+teclado numérico&apos; / universal).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Expected {expected} ({n} characters) but got {got} ({m}): characters are lost or added; slow down the scanner&apos;s keyboard speed.</source>
        <translation>Se esperaba {expected} ({n} caracteres) pero llegó {got} ({m}): se pierden o se agregan caracteres; baje la velocidad de teclado del lector.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{swaps}: the scanner uses a German (QWERTZ) layout and the PC a US one, or the reverse.</source>
        <translation>{swaps}: el lector usa una distribución alemana (QWERTZ) y la computadora una estadounidense, o al revés.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Some characters differ: {swaps}. Check the scanner&apos;s keyboard layout (country) setting.</source>
        <translation>Algunos caracteres no coinciden: {swaps}. Revise el ajuste de distribución de teclado (país) del lector.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The scan holds control characters ({chars}): check the scanner&apos;s prefix/suffix settings.</source>
        <translation>El escaneo contiene caracteres de control ({chars}): revise los ajustes de prefijo y sufijo del lector.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No suffix: this scan ended by a pause; set the scanner to send CR, or keep suffix=none in its address.</source>
        <translation>Sin sufijo: este escaneo terminó por una pausa; configure el lector para enviar CR, o deje suffix=none en su dirección.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{what} was NOT saved ({detail}). Scan it again.</source>
        <translation>{what}: NO se guardó ({detail}). Escanee de nuevo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what} (approved)</source>
        <translation>{what} (autorizado)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The scan</source>
        <translation>El escaneo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The acknowledgement</source>
        <translation>La confirmación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Setting the order aside</source>
        <translation>Apartar el pedido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reopening the last order</source>
        <translation>Reabrir el último pedido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The cancellation stop</source>
        <translation>El paro por cancelación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The action</source>
        <translation>La acción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The reprint</source>
        <translation>La reimpresión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voiding the label</source>
        <translation>Anular la guía</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The partial shipment</source>
        <translation>El envío parcial</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signing in</source>
        <translation>El inicio de sesión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signing out</source>
        <translation>El cierre de sesión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>idle for {n} min</source>
        <translation>inactivo por {n} min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>signed out</source>
        <translation>sesión cerrada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Printing is off: {detail}</source>
        <translation>La impresión está desactivada: {detail}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printing and serial devices are off: {detail}</source>
        <translation>La impresión y los dispositivos seriales están desactivados: {detail}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shipping is off ({detail}); a confirmed order is marked packed.</source>
        <translation>Los envíos están desactivados ({detail}); un pedido confirmado se marca como empacado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The serial scanner did not start: {detail}</source>
        <translation>El lector serial no inició: {detail}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The scale did not start: {detail}</source>
        <translation>La báscula no inició: {detail}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order sync did not start: {detail}</source>
        <translation>La sincronización de pedidos no inició: {detail}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirmation uploads did not start: {detail}</source>
        <translation>El envío de confirmaciones no inició: {detail}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The settings file was damaged ({detail}); it was set aside as {name} and the station started with default settings.</source>
        <translation>El archivo de configuración estaba dañado ({detail}); se apartó como {name} y la estación inició con la configuración predeterminada.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scan the TRACKING barcode of your label</source>
        <translation>Escanee el código de barras del NÚMERO DE GUÍA de su etiqueta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing to reprint: no label was printed at this station yet</source>
        <translation>Nada que reimprimir: aún no se ha impreso ninguna guía en esta estación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order {order} has no label to reprint</source>
        <translation>El pedido {order} no tiene guía para reimprimir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reprinting {n} label of order {order}</source>
        <translation>Reimprimiendo {n} guía del pedido {order}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reprinting {n} labels of order {order}</source>
        <translation>Reimprimiendo {n} guías del pedido {order}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The label purchase has no answer yet ({detail}). Confirm again once Amazon answers: the station checks first and never buys a second label.</source>
        <translation>La compra de la guía aún no tiene respuesta ({detail}). Confirme de nuevo cuando Amazon responda: la estación verifica primero y nunca compra una segunda guía.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Label not bought: {detail}. Nothing was lost; confirm again to retry.</source>
        <translation>Guía no comprada: {detail}. No se perdió nada; confirme de nuevo para reintentar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{message}  --  LABEL NOT PRINTED: {detail} (reprint it from Shipping &gt; Labels)</source>
        <translation>{message}  --  GUÍA NO IMPRESA: {detail} (reimprímala desde Envíos &gt; Guías)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order {order} was CANCELLED by the buyer. Do not ship it.</source>
        <translation>El pedido {order} fue CANCELADO por el comprador. No lo envíe.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order {order} was CANCELLED: scan it again</source>
        <translation>El pedido {order} fue CANCELADO: escanéalo de nuevo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order {order} is already SHIPPED on Amazon (shipped outside this station?): nothing was bought or confirmed. Check it in Seller Central; CMD:CANCEL sets it aside.</source>
        <translation>El pedido {order} ya está ENVIADO en Amazon (¿se envió fuera de esta estación?): no se compró ni se confirmó nada. Revísalo en Seller Central; CMD:CANCEL lo aparta.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No ship-from address: set seller.name and seller.return_address {detail}</source>
        <translation>Sin dirección de origen: configure seller.name y seller.return_address {detail}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amazon refused the label: {detail}</source>
        <translation>Amazon rechazó la guía: {detail}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{number} is already on a box of this order: scan the label of box {box}</source>
        <translation>{number} ya está en una caja de este pedido: escanee la guía de la caja {box}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every box of this order already has its tracking number</source>
        <translation>Cada caja de este pedido ya tiene su número de guía</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Box {box}: {carrier} {number}. Scan the label of box {next}</source>
        <translation>Caja {box}: {carrier} {number}. Escanee la guía de la caja {next}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Box {box}: {detail}</source>
        <translation>Caja {box}: {detail}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Poly mailer 10x13 in</source>
        <translation>Sobre de plástico 10x13 pulg.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Small box 8x6x4 in</source>
        <translation>Caja chica 8x6x4 pulg.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medium box 12x9x6 in</source>
        <translation>Caja mediana 12x9x6 pulg.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Large box 16x12x10 in</source>
        <translation>Caja grande 16x12x10 pulg.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extra large box 20x16x14 in</source>
        <translation>Caja extra grande 20x16x14 pulg.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TRACKING NUMBER REFUSED: {reason}</source>
        <translation>NÚMERO DE GUÍA RECHAZADO: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TRACKING NUMBER REFUSED: {number} is already used by order {order}</source>
        <translation>NÚMERO DE GUÍA RECHAZADO: {number} ya se usa en el pedido {order}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TRACKING NUMBER REFUSED: {number} was just used by order {order}. Scan this box&apos;s own label</source>
        <translation>NÚMERO DE GUÍA RECHAZADO: {number} acaba de usarse en el pedido {order}. Escanee la etiqueta de esta caja</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This tracking number is already on a package of this order: nothing was sent twice</source>
        <translation>Este número de guía ya está en un paquete de este pedido: no se envió nada dos veces</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amazon does not show yet whether the label asked for at {time} was bought ({reason}). Confirm again in a few minutes: the station never buys a second label.</source>
        <translation>Amazon aún no indica si la etiqueta solicitada a las {time} se compró ({reason}). Confirme de nuevo en unos minutos: la estación nunca compra una segunda etiqueta.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>check digit is wrong: expected {expected}, got {got} -- rescan</source>
        <translation>dígito verificador incorrecto: se esperaba {expected}, llegó {got} -- escanee de nuevo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>too short for {carrier} ({want}, this has {got}) -- rescan</source>
        <translation>demasiado corto para {carrier} ({want}, este tiene {got}) -- escanee de nuevo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>too long for {carrier} ({want}, this has {got}) -- rescan</source>
        <translation>demasiado largo para {carrier} ({want}, este tiene {got}) -- escanee de nuevo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} characters</source>
        <translation>{n} caracteres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{a} or {b} digits</source>
        <translation>{a} o {b} dígitos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an international postal number</source>
        <translation>un número postal internacional</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{country} is not a country code; international postal numbers end in one (e.g. US, CA, MX)</source>
        <translation>{country} no es un código de país; los números postales internacionales terminan en uno (p. ej. US, CA, MX)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the last character of a UPS number is a digit -- rescan</source>
        <translation>el último carácter de un número UPS es un dígito -- escanee de nuevo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check digit is wrong for a 20-digit USPS or FedEx number -- rescan</source>
        <translation>dígito verificador incorrecto para un número USPS o FedEx de 20 dígitos -- escanee de nuevo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this is a product barcode ({kind}), not a tracking number</source>
        <translation>es un código de barras de producto ({kind}), no un número de guía</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a known carrier format ({n} digits)</source>
        <translation>formato de paquetería desconocido ({n} dígitos)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a known carrier format (contains {chars})</source>
        <translation>formato de paquetería desconocido (contiene {chars})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a known carrier format</source>
        <translation>formato de paquetería desconocido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>empty scan -- rescan</source>
        <translation>escaneo vacío -- escanee de nuevo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>all zeros: a placeholder, not a real tracking number</source>
        <translation>solo ceros: un ejemplo, no un número de guía real</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amazon Logistics numbers are TBA + 12 digits -- rescan</source>
        <translation>Los números de Amazon Logistics son TBA + 12 dígitos -- escanee de nuevo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing scanned yet: a partial shipment needs at least one unit</source>
        <translation>Aún no se escanea nada: un envío parcial necesita al menos una unidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Own carrier: partial shipments are confirmed by scanning the label of the complete order; buy the label here or pack the rest</source>
        <translation>Paquetería propia: los envíos parciales se confirman escaneando la guía del pedido completo; compre la guía aquí o empaque el resto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no label purchase {id}</source>
        <translation>No existe la compra de guía {id}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label {id} is {state}: only a bought label can be voided</source>
        <translation>La guía {id} está en estado {state}: solo una guía comprada se puede anular</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This label&apos;s shipment id is unknown; void it in Seller Central</source>
        <translation>Se desconoce el ID de envío de esta guía; anúlela en Seller Central</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Too late to void: {carrier} labels can be voided within {hours} h of purchase</source>
        <translation>Demasiado tarde para anular: las guías de {carrier} se pueden anular dentro de {hours} h después de la compra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label of order {order} voided ({n} box(es))</source>
        <translation>Guía del pedido {order} anulada ({n} caja(s))</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Labels of order {order} voided ({n} box(es))</source>
        <translation>Guías del pedido {order} anuladas ({n} caja(s))</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The label was NOT voided: {detail}</source>
        <translation>La guía NO se anuló: {detail}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reprint failed: {detail}</source>
        <translation>La reimpresión falló: {detail}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SHIPPED {order}  {shipment}  (no service meets the promise: fastest bought)</source>
        <translation>ENVIADO {order}  {shipment}  (ningún servicio cumple la promesa: se compró el más rápido)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SHIPPED {order}  {shipment}</source>
        <translation>ENVIADO {order}  {shipment}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order {order}: {detail}</source>
        <translation>Pedido {order}: {detail}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Box {box} weighs {grams} g</source>
        <translation>La caja {box} pesa {grams} g</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} cannot be read ({detail}); fix or remove it</source>
        <translation>{file} no se puede leer ({detail}); corríjalo o quítelo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The label purchase got no answer ({detail}); Amazon shows no label, so nothing was bought. Confirm again to retry.</source>
        <translation>La compra de la guía no tuvo respuesta ({detail}); Amazon no muestra ninguna guía, así que no se compró nada. Confirme de nuevo para reintentar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The client id, client secret and refresh token are all needed: one of them is empty</source>
        <translation>Se necesitan el ID de cliente, el secreto de cliente y el token de actualización: uno de ellos está vacío</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wrong region: marketplace {name} ({id}) belongs to the {region} region, but the region setting is {setting}</source>
        <translation>Región equivocada: el mercado {name} ({id}) pertenece a la región {region}, pero la región configurada es {setting}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wrong region: the endpoint {host} serves the {region} region, but the region setting is {setting}</source>
        <translation>Región equivocada: el punto de acceso {host} atiende la región {region}, pero la región configurada es {setting}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot reach the Login with Amazon token service at {host}: check the network and the LWA endpoint setting</source>
        <translation>No se puede conectar con el servicio de tokens de Login with Amazon en {host}: revise la red y el ajuste del punto de acceso LWA</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Login with Amazon endpoint {url} did not answer like Login with Amazon (not JSON): check the LWA endpoint setting</source>
        <translation>El punto de acceso de Login with Amazon {url} no respondió como Login with Amazon (no es JSON): revise el ajuste del punto de acceso LWA</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot reach the Selling Partner API at {host}: check the network and the endpoint setting</source>
        <translation>No se puede conectar con la Selling Partner API en {host}: revise la red y el ajuste del punto de acceso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The endpoint {url} did not answer like the Selling Partner API (the answer is not a valid orders response): check the endpoint setting</source>
        <translation>El punto de acceso {url} no respondió como la Selling Partner API (la respuesta no es una respuesta de pedidos válida): revise el ajuste del punto de acceso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wrong marketplace: this seller account does not sell in {name} ({id}). Amazon said: {said}</source>
        <translation>Mercado equivocado: esta cuenta de vendedor no vende en {name} ({id}). Amazon respondió: {said}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amazon refused access to orders: the app is not authorised for this seller in this region, or lacks the Orders role (a wrong region setting gives this too). Amazon said: {said}</source>
        <translation>Amazon negó el acceso a los pedidos: la aplicación no está autorizada para este vendedor en esta región, o le falta el rol de Pedidos (una región mal configurada también lo provoca). Amazon respondió: {said}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The endpoint {url} has no Orders API: check the endpoint setting</source>
        <translation>El punto de acceso {url} no tiene API de pedidos: revise el ajuste del punto de acceso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amazon answered with an error: {said}</source>
        <translation>Amazon respondió con un error: {said}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The endpoint {url} answered, but not like the Selling Partner API ({detail}): check the endpoint setting</source>
        <translation>El punto de acceso {url} respondió, pero no como la Selling Partner API ({detail}): revise el ajuste del punto de acceso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connected: Amazon answered for marketplace {name} ({id}), region {region}.</source>
        <translation>Conectado: Amazon respondió para el mercado {name} ({id}), región {region}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amazon does not accept the LWA client id or client secret (invalid_client): check both in Seller Central &gt; Develop apps, and enter them again</source>
        <translation>Amazon no acepta el ID de cliente o el secreto de cliente LWA (invalid_client): revise ambos en Seller Central &gt; Desarrollar aplicaciones y vuelva a escribirlos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The refresh token is expired or was revoked (invalid_grant): authorise the app again in Seller Central and enter the new refresh token</source>
        <translation>El token de actualización venció o fue revocado (invalid_grant): autorice de nuevo la aplicación en Seller Central y escriba el nuevo token</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This LWA app may not use refresh tokens (unauthorized_client): check the app&apos;s settings in Seller Central</source>
        <translation>Esta aplicación LWA no puede usar tokens de actualización (unauthorized_client): revise su configuración en Seller Central</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No Amazon credentials on this station: run `station config credentials` (or set STATION_LWA_CLIENT_ID, STATION_LWA_CLIENT_SECRET and STATION_LWA_REFRESH_TOKEN)</source>
        <translation>No hay credenciales de Amazon en esta estación: ejecute `station config credentials` (o defina STATION_LWA_CLIENT_ID, STATION_LWA_CLIENT_SECRET y STATION_LWA_REFRESH_TOKEN)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Login with Amazon says the request is incomplete (invalid_request): a client id, client secret or refresh token is missing</source>
        <translation>Login with Amazon indica que la solicitud está incompleta (invalid_request): falta un ID de cliente, un secreto de cliente o un token de actualización</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Login with Amazon refused the credentials ({detail})</source>
        <translation>Login with Amazon rechazó las credenciales ({detail})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot reach the Login with Amazon token service at {host} ({detail})</source>
        <translation>no se puede conectar con el servicio de tokens de Login with Amazon en {host} ({detail})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the Login with Amazon token service at {host} answered HTTP {status}</source>
        <translation>el servicio de tokens de Login with Amazon en {host} respondió HTTP {status}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the Login with Amazon token service at {host} answered HTTP {status} with something that is not JSON</source>
        <translation>el servicio de tokens de Login with Amazon en {host} respondió HTTP {status} con algo que no es JSON</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the Login with Amazon token service answered with an unexpected shape</source>
        <translation>el servicio de tokens de Login with Amazon respondió con una forma inesperada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the Login with Amazon token service answered without an access token</source>
        <translation>el servicio de tokens de Login with Amazon respondió sin token de acceso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amazon answered HTTP {status} with something that is not JSON (request id {id})</source>
        <translation>Amazon respondió HTTP {status} con algo que no es JSON (ID de solicitud {id})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amazon answered HTTP {status} with JSON that is not an object</source>
        <translation>Amazon respondió HTTP {status} con JSON que no es un objeto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no answer from {host} for {operation} ({detail})</source>
        <translation>sin respuesta de {host} para {operation} ({detail})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amazon refused {operation} (HTTP {status}): {errors}</source>
        <translation>Amazon rechazó {operation} (HTTP {status}): {errors}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amazon refused (HTTP {status}): {errors}</source>
        <translation>Amazon rechazó (HTTP {status}): {errors}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PRIME order: no Prime-eligible service delivers by {when} UTC. Ask a supervisor (a faster service, or ship partially).</source>
        <translation>Pedido PRIME: ningún servicio elegible para Prime entrega antes del {when} UTC. Pida ayuda a un supervisor (un servicio más rápido, o un envío parcial).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PRIME order: no Prime-eligible service delivers. Ask a supervisor (a faster service, or ship partially).</source>
        <translation>Pedido PRIME: ningún servicio elegible para Prime entrega a tiempo. Pida ayuda a un supervisor (un servicio más rápido, o un envío parcial).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amazon offered no service this station may buy for this package</source>
        <translation>Amazon no ofreció ningún servicio que esta estación pueda comprar para este paquete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amazon offered no service this station may buy for this package (all offered services are excluded in the shipping rules)</source>
        <translation>Amazon no ofreció ningún servicio que esta estación pueda comprar para este paquete (todos los servicios ofrecidos están excluidos en las reglas de envío)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No offered service delivers by the promised date; the shipping rules forbid a late service.</source>
        <translation>Ningún servicio ofrecido entrega antes de la fecha prometida; las reglas de envío prohíben un servicio tardío.</translation>
    </message>
</context>
<context>
    <name>PackView</name>
    <message>
        <location filename="../../station/ui/pack_view.py" line="-206"/>
        <source>No order open</source>
        <translation>Ningún pedido abierto</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%v of %m units</source>
        <translation>%v de %m unidades</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Scan the packing slip or pick list barcode of an order.</source>
        <translation>Escanee el código de barras de la lista de empaque o de surtido de un pedido.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>SCAN AN ORDER</source>
        <translation>ESCANEE UN PEDIDO</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>BUSINESS</source>
        <translation>EMPRESA</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>BUSINESS PO {po}</source>
        <translation>EMPRESA OC {po}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PRIME</source>
        <translation>PRIME</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GIFT</source>
        <translation>REGALO</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>REPLACEMENT</source>
        <translation>REEMPLAZO</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>BOX {n}</source>
        <translation>CAJA {n}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>CANCELLED - DO NOT SHIP. Put the items back.</source>
        <translation>CANCELADO - NO ENVIAR. Regrese los artículos a su lugar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SHIPPED {tracking}</source>
        <translation>ENVIADO {tracking}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>STOPPED - acknowledge the error</source>
        <translation>DETENIDO - confirme el error</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>COMPLETE - scan CMD:CONFIRM or press Enter</source>
        <translation>COMPLETO - escanee CMD:CONFIRM o presione Enter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SCAN ITEMS  ({n} to go)</source>
        <translation>ESCANEE LOS ARTÍCULOS  (faltan {n})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>SHIPPED {what} - scan the next order</source>
        <translation>ENVIADO {what} - escanee el siguiente pedido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SHIPPED - scan the next order</source>
        <translation>ENVIADO - escanee el siguiente pedido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PACKED - scan the next order</source>
        <translation>EMPACADO - escanee el siguiente pedido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SET ASIDE - scan the next order</source>
        <translation>APARTADO - escanee el siguiente pedido</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Ship by {when}</source>
        <translation>Enviar antes de {when}</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <location filename="../../station/ui/messages.py" line="+25"/>
        <source>Folder</source>
        <translation>Carpeta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drive</source>
        <translation>Unidad</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location line="-3"/>
        <source>&amp;Look in:</source>
        <translation>&amp;Buscar en:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files of &amp;type:</source>
        <translation>Archivos de &amp;tipo:</translation>
    </message>
</context>
<context>
    <name>Queue</name>
    <message>
        <location filename="../../station/ui/queue_model.py" line="-166"/>
        <source>Order</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ship by</source>
        <translation>Enviar antes de</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Market</source>
        <translation>Mercado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Flags</source>
        <translation>Marcas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Units</source>
        <translation>Unidades</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SKUs</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Buyer</source>
        <translation>Comprador</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New</source>
        <translation>Nuevo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Packing</source>
        <translation>Empacando</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Packed</source>
        <translation>Empacado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shipped</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <location line="+158"/>
        <source>PRIME</source>
        <translation>PRIME</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GIFT</source>
        <translation>REGALO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BUSINESS</source>
        <translation>EMPRESA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>REPLACEMENT</source>
        <translation>REEMPLAZO</translation>
    </message>
</context>
<context>
    <name>ScannerTestField</name>
    <message>
        <location filename="../../station/ui/scanner_test.py" line="+35"/>
        <source>Click in the field and scan the test code {code}.</source>
        <translation>Haga clic en el campo y escanee el código de prueba {code}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click in the field and scan any barcode.</source>
        <translation>Haga clic en el campo y escanee cualquier código de barras.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>scan here</source>
        <translation>escanee aquí</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PROBLEM</source>
        <translation>PROBLEMA</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>keyboard</source>
        <translation>teclado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>serial</source>
        <translation>serial</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{n} characters; each with the ms since the key before: {gaps}</source>
        <translation>{n} caracteres; cada uno con los ms desde la tecla anterior: {gaps}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>slowest gap {gap} ms, whole scan {total} ms, suffix: {suffix} - {verdict}</source>
        <translation>intervalo más lento {gap} ms, escaneo completo {total} ms, sufijo: {suffix} - {verdict}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scan looks right.</source>
        <translation>El escaneo se ve bien.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../station/ui/settings_dialog.py" line="+37"/>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amazon</source>
        <translation>Amazon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Devices</source>
        <translation>Dispositivos</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Station name</source>
        <translation>Nombre de la estación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System default</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new language is used from the next start of the station.</source>
        <translation>Un nuevo idioma se aplica en el siguiente inicio de la estación.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shipping</source>
        <translation>Envíos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amazon Buy Shipping</source>
        <translation>Compra de envíos de Amazon (Buy Shipping)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Own carrier (scan the tracking number)</source>
        <translation>Paquetería propia (escanear el número de guía)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the packing slip</source>
        <translation>Imprimir la lista de empaque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When the order is confirmed</source>
        <translation>Cuando se confirma el pedido</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>When the order is scanned</source>
        <translation>Cuando se escanea el pedido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Play sounds (beep, error buzz, complete chime)</source>
        <translation>Reproducir sonidos (bip, zumbido de error, timbre de completado)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sounds</source>
        <translation>Sonidos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scanner key gap</source>
        <translation>Intervalo entre teclas del lector</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Shortest scan</source>
        <translation>Escaneo más corto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A keyboard-wedge scan is a burst of keys at most the key gap apart, ending in Enter. Raise the gap if scans end up in the search box; lower it if fast typing is taken as a scan.</source>
        <translation>Un escaneo de lector de teclado es una ráfaga de teclas separadas como máximo por el intervalo, que termina en Enter. Aumente el intervalo si los escaneos terminan en el cuadro de búsqueda; redúzcalo si una escritura rápida se toma como escaneo.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Marketplace</source>
        <translation>Mercado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>North America</source>
        <translation>Norteamérica</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Europe</source>
        <translation>Europa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Far East</source>
        <translation>Lejano Oriente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seller id</source>
        <translation>ID de vendedor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SP-API endpoint</source>
        <translation>Punto de acceso SP-API</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LWA token URL</source>
        <translation>URL del token LWA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credentials (LWA client id, secret and refresh token) live in the OS keyring: set them with `station config credentials`.</source>
        <translation>Las credenciales (ID de cliente LWA, secreto y token de actualización) están en el almacén de claves del sistema: configúrelas con `station config credentials`.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Test the connection</source>
        <translation>Probar la conexión</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This build cannot test the connection.</source>
        <translation>Esta versión no puede probar la conexión.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>OK: </source>
        <translation>OK: </translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+6"/>
        <source>Problem: </source>
        <translation>Problema: </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Scanner: keyboard wedge (timing above, on the General page).
Printers and scale: set them with `station config set printers.label URI` and `station config set scale URI`.</source>
        <translation>Lector: de teclado (wedge) (tiempos arriba, en la página General).
Impresoras y báscula: configúrelas con `station config set printers.label URI` y `station config set scale URI`.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Settings not saved</source>
        <translation>Configuración no guardada</translation>
    </message>
</context>
<context>
    <name>SettingsHelp</name>
    <message>
        <location filename="../../station/ui/messages.py" line="-18"/>
        <source>this bench&apos;s name</source>
        <translation>el nombre de esta mesa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>language (empty: the system&apos;s)</source>
        <translation>idioma (vacío: el del sistema)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>how labels are made</source>
        <translation>cómo se generan las guías</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>when the slip prints</source>
        <translation>cuándo se imprime la lista de empaque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>play error and success sounds</source>
        <translation>reproducir sonidos de error y de éxito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a keyboard-wedge scan is a burst of keys at most this far apart</source>
        <translation>un escaneo de lector de teclado es una ráfaga de teclas separadas como máximo por este tiempo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>shortest burst taken as a scan</source>
        <translation>ráfaga más corta que se toma como escaneo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>marketplace id</source>
        <translation>ID del mercado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SP-API region</source>
        <translation>región de SP-API</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>seller (merchant) id</source>
        <translation>ID del vendedor (comerciante)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SP-API base URL</source>
        <translation>URL base de SP-API</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LWA token URL</source>
        <translation>URL del token LWA</translation>
    </message>
</context>
<context>
    <name>ShipMenu</name>
    <message>
        <location filename="../../station/ui/ship_widgets.py" line="+41"/>
        <source>S&amp;hipping</source>
        <translation>&amp;Envíos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Labels: reprint or void ...</source>
        <translation>&amp;Guías: reimprimir o anular ...</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Reprint the last label (CMD:REPRINT)</source>
        <translation>&amp;Reimprimir la última guía (CMD:REPRINT)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ship what is scanned &amp;now (supervisor) ...</source>
        <translation>Enviar lo escaneado &amp;ahora (supervisor) ...</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Partial shipment</source>
        <translation>Envío parcial</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ship only the units scanned so far? The rest stays in the queue to pack later (a supervisor&apos;s decision).</source>
        <translation>¿Enviar solo las unidades escaneadas hasta ahora? El resto se queda en la cola para empacarse después (decisión del supervisor).</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../station/ui/signin.py" line="+79"/>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>scan your badge</source>
        <translation>escanee su gafete</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>PIN</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign in with PIN</source>
        <translation>Entrar con NIP</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Scan your badge</source>
        <translation>Escanee su gafete</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Badge</source>
        <translation>Gafete</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>or choose your name and type your PIN:</source>
        <translation>o elija su nombre y escriba su NIP:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Choose your name first</source>
        <translation>Elija primero su nombre</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Checking…</source>
        <translation>Verificando…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The database cannot be reached: sign-in is not possible right now. Try again.</source>
        <translation>No se puede conectar con la base de datos: no es posible iniciar sesión ahora. Intente de nuevo.</translation>
    </message>
</context>
<context>
    <name>SupervisorApprovalDialog</name>
    <message>
        <location filename="../../station/ui/supervisor.py" line="+38"/>
        <source>Supervisor approval</source>
        <translation>Autorización del supervisor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{action} needs a supervisor</source>
        <translation>{action} requiere un supervisor</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>supervisor: scan your badge</source>
        <translation>supervisor: escanee su gafete</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Order {order}</source>
        <translation>Pedido {order}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Checking…</source>
        <translation>Verificando…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The database cannot be reached: approval is not possible right now.</source>
        <translation>No se puede conectar con la base de datos: no es posible autorizar ahora.</translation>
    </message>
</context>
<context>
    <name>_Edited</name>
    <message>
        <location filename="../../station/ui/settings_dialog.py" line="-72"/>
        <source>Testing ...</source>
        <translation>Probando ...</translation>
    </message>
</context>
</TS>
